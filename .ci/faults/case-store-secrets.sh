#!/usr/bin/env bash
# Fault case: a password in a database address is never written. An address saved with a password
# by an earlier version is cleaned at start (with a note saying where passwords come from), and an
# address given with --db with a password in it is used but written nowhere: not in the preferences,
# the database, the PDF, or anything the program prints. Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
secret=Xq7-not-a-real-secret-4401
mkdir -p "$WORK/db" "$WORK/out" "$WORK/home/.java/.userPrefs/org/rlsviewer/app"
prefs=$WORK/home/.java/.userPrefs/org/rlsviewer/app/prefs.xml
cat >"$prefs" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="database.url" value="jdbc:sqlite:$WORK/db/saved.db?password=$secret"/>
  <entry key="database.user" value="ann"/>
</map>
XML
rls patients >"$WORK/out/patients.out" 2>"$WORK/out/patients.err" \
  || fail "patients with a saved address failed: $(head -c 200 "$WORK/out/patients.err")"
grep -q 'RLS_DB_PASSWORD' "$WORK/out/patients.err" || fail "the start did not say where passwords come from"
grep -q 'database.url' "$prefs" || fail "the saved address was lost instead of cleaned"
rls import --db "jdbc:sqlite:$WORK/db/given.db?PASSWORD=$secret" "$SAMPLES/numbness-weakness.csv" \
  >"$WORK/out/import.out" 2>"$WORK/out/import.err" || fail "import with --db failed: $(head -c 200 "$WORK/out/import.err")"
rls import "$SAMPLES/negations.csv" >"$WORK/out/import2.out" 2>"$WORK/out/import2.err" \
  || fail "import into the saved database failed: $(head -c 200 "$WORK/out/import2.err")"
rls report --out "$WORK/out/summary.pdf" "$SAMPLES/numbness-weakness.csv" >"$WORK/out/report.out" 2>"$WORK/out/report.err" \
  || fail "report failed: $(head -c 200 "$WORK/out/report.err")"
[ -s "$WORK/db/saved.db" ] || fail "the saved address (without its password) was not used"
found=$(grep -rlaF "$secret" "$WORK" 2>/dev/null)
[ -z "$found" ] || fail "the password is written in: $(printf %s "$found" | tr '\n' ' ' | head -c 300)"
ls "$WORK/db" | grep -qF "$secret" && fail "the password is in a file name in $WORK/db"
echo "no file written holds the password, $failures failed"
[ "$failures" -eq 0 ]
