#!/usr/bin/env bash
# Fault case: kill -9 while `report` writes the PDF. Each trial waits for the hidden temporary file
# (.NAME.UUID.tmp) to appear and kills the writer then; a trial must never leave a partial PDF under
# the final name, and the next `report` to the same folder must remove the temporary file and write
# a complete, owner-only PDF. Env: JAR, WORK, SAMPLES.
set -uo pipefail
: "${JAR:?}" "${WORK:?}" "${SAMPLES:?}"
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$WORK/home" "$WORK/out"
rls() { java -Xmx256m -Djava.awt.headless=true -Duser.home="$WORK/home" -jar "$JAR" "$@"; }
diary=$SAMPLES/numbness-weakness.csv
pdf=$WORK/out/summary.pdf
failures=0 hits=0 trials=8
fail() { failures=$((failures + 1)); echo "FAILED $1"; }

for ((t = 1; t <= trials; t++)); do
  rm -f "$pdf"
  rls report --out "$pdf" "$diary" >/dev/null 2>&1 &
  pid=$!
  killed=0
  for ((i = 0; i < 3000; i++)); do
    if compgen -G "$WORK/out/.summary.pdf.*.tmp" >/dev/null; then
      kill -9 "$pid" 2>/dev/null && killed=1
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.005
  done
  wait "$pid" 2>/dev/null
  if [ "$killed" = 1 ] && compgen -G "$WORK/out/.summary.pdf.*.tmp" >/dev/null; then
    hits=$((hits + 1))
    if [ -e "$pdf" ]; then fail "trial $t: a PDF is under the final name after a kill during its write"; fi
  elif [ -e "$pdf" ] && ! grep -aq '%%EOF' "$pdf"; then
    fail "trial $t: a partial PDF under the final name"
  fi
done
if [ "$hits" -eq 0 ]; then
  echo "no trial killed the writer while its temporary file existed"
  exit 1
fi

# the next write to the folder cleans up and writes the whole file
rm -f "$pdf"
if ! rls report --out "$pdf" "$diary" >"$WORK/stdout" 2>"$WORK/stderr"; then
  fail "the report after the kills failed: $(head -c 200 "$WORK/stderr")"
fi
left=$(find "$WORK/out" -name '.*.tmp' | wc -l)
[ "$left" -eq 0 ] || fail "$left temporary files left after the next report"
grep -aq '%%EOF' "$pdf" || fail "the PDF after the kills is incomplete"
if stat -c %a "$pdf" >/dev/null 2>&1; then
  mode=$(stat -c %a "$pdf")
  [ "$mode" = 600 ] || fail "the PDF is mode $mode, not owner-only 600"
fi
echo "$trials trials, $hits killed during the write, $failures failed"
[ "$failures" -eq 0 ]
