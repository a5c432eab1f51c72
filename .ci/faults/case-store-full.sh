#!/usr/bin/env bash
# Fault case: a full disk under the SQLite database, for an import into a kept database and for a
# new database. Needs root for a small tmpfs mount; skipped with the reason otherwise. Each import
# must exit 1 with one line saying the disk is full, and leave the database intact with nothing
# half imported. Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
disk=$WORK/disk
mkdir -p "$disk"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$disk" 2>/dev/null; then
  echo "skipped: a full disk needs a small tmpfs mount, which needs root (running as $(id -un))"
  exit 0
fi
trap 'umount -l "$disk" 2>/dev/null' EXIT
db=$disk/patients.db
rls import --db "jdbc:sqlite:$db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/first.err" \
  || fail "the first import failed: $(head -c 200 "$WORK/first.err")"
diary "$WORK/big.csv" FULL-1 400
dd if=/dev/zero of="$disk/fill" bs=4k 2>/dev/null
rls import --db "jdbc:sqlite:$db" "$WORK/big.csv" >"$WORK/full.out" 2>"$WORK/full.err"
rc=$?
[ "$rc" -eq 1 ] || fail "import on a full disk: exit $rc, expected 1"
one_line "$WORK/full.err" "import on a full disk" "disk .* is full.*Free some space"
rls import --db "jdbc:sqlite:$disk/new.db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/new.err"
rc=$?
[ "$rc" -eq 1 ] || fail "new database on a full disk: exit $rc, expected 1"
one_line "$WORK/new.err" "new database on a full disk" "disk .* is full"
rm -f "$disk/fill"
intact "$db" "after the full disk"
row=$(sql "$db" "SELECT COUNT(*) FROM diary_import" "SELECT COUNT(*) FROM patient WHERE external_id = 'FULL-1'" | tr '\n' ' ')
[ "$row" = "1 0 " ] || fail "after the full disk: imports and FULL-1 patients are $row, expected 1 0"
rls import --db "jdbc:sqlite:$db" "$WORK/big.csv" >/dev/null 2>"$WORK/again.err" \
  || fail "import once space is free again failed: $(head -c 200 "$WORK/again.err")"
echo "full disk: one line, nothing half imported, $failures failed"
[ "$failures" -eq 0 ]
