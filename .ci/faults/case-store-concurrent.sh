#!/usr/bin/env bash
# Fault case: 24 `import` processes at once on a database file that does not exist yet: the first
# makes and migrates it under the cross-process lock, the others wait and import; all 24 succeed.
# Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
n=24
db=$WORK/new/patients.db
for ((i = 1; i <= n; i++)); do diary "$WORK/d$i.csv" "CONC-$i" 30; done
pids=()
for ((i = 1; i <= n; i++)); do
  rls import --db "jdbc:sqlite:$db" "$WORK/d$i.csv" >"$WORK/o$i" 2>"$WORK/e$i" &
  pids+=($!)
done
ok=0
for ((i = 1; i <= n; i++)); do
  if wait "${pids[$((i - 1))]}"; then
    ok=$((ok + 1))
  else
    fail "import $i of $n failed: $(head -c 200 "$WORK/e$i" | tr '\n' '/')"
  fi
  raw_text "$WORK/e$i" "import $i"
done
intact "$db" "after $n concurrent first uses"
kept=$(sql "$db" "SELECT COUNT(*) FROM patient WHERE external_id LIKE 'CONC-%'")
[ "$kept" = "$n" ] || fail "$kept patients kept, expected $n"
echo "$ok of $n concurrent first uses succeeded, $failures failed"
[ "$failures" -eq 0 ]
