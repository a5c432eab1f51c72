#!/usr/bin/env bash
# Fault case: the clinic's PostgreSQL server during `import`: the connection cut by the server in
# the middle of the import's transaction, and the importer killed with kill -9. Either way the
# import is kept wholly or not at all; a cut connection is one line and exit 1. Runs only when
# RLS_TEST_POSTGRES_URL (with RLS_TEST_POSTGRES_USER and RLS_TEST_POSTGRES_PASSWORD) names a server,
# as .ci/run sets them; skipped with the reason otherwise. Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
if [ -z "${RLS_TEST_POSTGRES_URL:-}" ]; then
  echo "skipped: RLS_TEST_POSTGRES_URL is not set (.ci/run sets it when it starts PostgreSQL)"
  exit 0
fi
if ! command -v psql >/dev/null 2>&1; then
  echo "skipped: psql is not installed (it comes with the postgresql package .ci/run installs)"
  exit 0
fi
export PGPASSWORD=${RLS_TEST_POSTGRES_PASSWORD:-} PGCONNECT_TIMEOUT=10
pg_user=${RLS_TEST_POSTGRES_USER:-$(id -un)}
pg_uri=${RLS_TEST_POSTGRES_URL#jdbc:}
pg_uri=${pg_uri%%\?*}
psql_q() { psql -X -q -t -A -v ON_ERROR_STOP=1 -U "$pg_user" -d "$pg_uri" -c "$1"; }
schema=f_$(date +%s)_$$
psql_q "CREATE SCHEMA $schema" >/dev/null || { echo "FAILED cannot create a schema on the test server"; exit 1; }
trap 'psql_q "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1' EXIT
sep='?'
case "$RLS_TEST_POSTGRES_URL" in *\?*) sep='&' ;; esac
url="$RLS_TEST_POSTGRES_URL${sep}currentSchema=$schema&ApplicationName=rls-fault-$schema"
export RLS_DB_USER=$pg_user RLS_DB_PASSWORD=${RLS_TEST_POSTGRES_PASSWORD:-}
nights=1500

# wholly or not at all: imports, nights and patient rows of patient ID
whole_or_none() {
  local row
  row=$(psql_q "SET search_path TO $schema; SELECT (SELECT COUNT(*) FROM diary_import i JOIN patient p ON p.id = i.patient_id
    WHERE p.external_id = '$1') || ' ' || (SELECT COUNT(*) FROM night_entry e JOIN patient p ON p.id = e.patient_id
    WHERE p.external_id = '$1') || ' ' || (SELECT COUNT(*) FROM patient WHERE external_id = '$1')" 2>&1)
  case "$row" in
    "0 0 0" | "1 $nights 1") ;;
    *) fail "$2: half an import kept (imports, nights, patients: $row)" ;;
  esac
}

rls import --db "$url" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/first.err" \
  || { fail "the first import failed: $(head -c 200 "$WORK/first.err")"; exit 1; }

# -- the server ends the connection while the import writes its nights
cut=0
for ((t = 1; t <= 3 && cut == 0; t++)); do
  diary "$WORK/cut-$t.csv" "CUT-$t" "$nights"
  rls import --db "$url" "$WORK/cut-$t.csv" >/dev/null 2>"$WORK/cut.err" &
  pid=$!
  for ((i = 0; i < 2000; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    n=$(psql_q "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'rls-fault-$schema'
      AND xact_start IS NOT NULL AND query ILIKE '%night_entry%'" 2>/dev/null)
    if [ "${n:-0}" -gt 0 ]; then cut=1; break; fi
    sleep 0.02
  done
  wait "$pid"
  rc=$?
  whole_or_none "CUT-$t" "connection cut, trial $t"
  if [ "$cut" = 1 ]; then
    [ "$rc" -eq 1 ] || fail "connection cut: exit $rc, expected 1"
    one_line "$WORK/cut.err" "connection cut" "connection to the clinic database was lost"
  fi
done
[ "$cut" = 1 ] || echo "connection cut: no trial caught the import inside its transaction"

# -- kill -9 during the import
for ((t = 1; t <= 2; t++)); do
  diary "$WORK/kill-$t.csv" "PGKILL-$t" "$nights"
  rls import --db "$url" "$WORK/kill-$t.csv" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v t="$t" 'BEGIN { printf "%.2f", 0.8 + 0.6 * t }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  # the server notices the dead client and rolls back (or commits what the client sent in time)
  for ((i = 0; i < 300; i++)); do
    [ "$(psql_q "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'rls-fault-$schema'")" = 0 ] && break
    sleep 0.1
  done
  whole_or_none "PGKILL-$t" "kill -9, trial $t"
done
rls import --db "$url" "$WORK/kill-2.csv" >/dev/null 2>"$WORK/again.err" \
  || fail "import after the kills failed: $(head -c 200 "$WORK/again.err")"
echo "PostgreSQL: connection cut $([ "$cut" = 1 ] && echo caught || echo missed), 2 kills, $failures failed"
[ "$failures" -eq 0 ]
