#!/usr/bin/env bash
# Fault case: kill -9 during `import` into SQLite. Each trial kills the importer at a different
# moment; the database must pass PRAGMA integrity_check and hold the import wholly (every night) or
# not at all, and the next import must finish it. Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
nights=1500 trials=5
db=$WORK/kill/patients.db
mkdir -p "$WORK/kill"
rls import --db "jdbc:sqlite:$db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/first.err" \
  || fail "the first import failed: $(head -c 200 "$WORK/first.err")"
killed=0
for ((t = 1; t <= trials; t++)); do
  diary "$WORK/big-$t.csv" "KILL-$t" "$nights"
  rls import --db "jdbc:sqlite:$db" "$WORK/big-$t.csv" >/dev/null 2>&1 &
  pid=$!
  # later each trial: from start-up to the middle of the transaction
  sleep "$(awk -v t="$t" 'BEGIN { printf "%.2f", 0.6 + 0.45 * t }')"
  kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null
  intact "$db" "trial $t"
  row=$(sql "$db" "SELECT COUNT(*) FROM diary_import i JOIN patient p ON p.id = i.patient_id WHERE p.external_id = 'KILL-$t'" \
    "SELECT COUNT(*) FROM night_entry e JOIN patient p ON p.id = e.patient_id WHERE p.external_id = 'KILL-$t'" \
    "SELECT COUNT(*) FROM patient WHERE external_id = 'KILL-$t'" | tr '\n' ' ')
  case "$row" in
    "0 0 0 " | "1 $nights 1 ") ;;
    *) fail "trial $t: half an import kept (imports, nights, patients: $row)" ;;
  esac
done
[ "$killed" -gt 0 ] || fail "no trial killed the importer while it ran"
# the database is still usable: the last killed import goes through now
rls import --db "jdbc:sqlite:$db" "$WORK/big-$trials.csv" >/dev/null 2>"$WORK/again.err" \
  || fail "import after the kills failed: $(head -c 200 "$WORK/again.err")"
intact "$db" "after the kills"
n=$(sql "$db" "SELECT COUNT(*) FROM night_entry e JOIN patient p ON p.id = e.patient_id WHERE p.external_id = 'KILL-$trials'")
[ "$n" = "$nights" ] || fail "after the kills: $n nights kept of the last diary, expected $nights"
echo "$trials trials, $killed killed during the import, $failures failed"
[ "$failures" -eq 0 ]
