#!/usr/bin/env bash
# Fault case: a database file its owner made read-only, and a database in a read-only folder. The
# file is read (patients) but an import is refused with one line and exit 1, and the file is never
# made writable again; a read-only folder is refused with one line. As root, file permissions do not
# stop writes, so the folder is a tmpfs remounted read-only (and the file also made immutable when
# the file system allows). Env: JAR, WORK, SAMPLES.
set -uo pipefail
source "$(dirname "$0")/store-lib.sh"
root=0
[ "$(id -u)" -eq 0 ] && root=1

# -- a read-only database file
mkdir -p "$WORK/file"
db=$WORK/file/patients.db
rls import --db "jdbc:sqlite:$db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/first.err" \
  || fail "the first import failed: $(head -c 200 "$WORK/first.err")"
chmod 0400 "$db"
rls import --db "jdbc:sqlite:$db" "$SAMPLES/snoring-pauses.csv" >/dev/null 2>"$WORK/ro.err"
rc=$?
[ "$rc" -eq 1 ] || fail "import into a read-only file: exit $rc, expected 1"
one_line "$WORK/ro.err" "import into a read-only file" "read-only.*writable"
mode=$(stat -c %a "$db")
[ "$mode" = 400 ] || fail "the read-only file was re-permissioned to $mode"
if rls patients --db "jdbc:sqlite:$db" >"$WORK/list.out" 2>"$WORK/list.err"; then
  grep -q '^id:RLS-5350,' "$WORK/list.out" || fail "patients on a read-only file does not list the kept patient"
else
  fail "patients on a read-only file failed: $(head -c 200 "$WORK/list.err")"
fi
if [ "$root" = 1 ] && chmod 0600 "$db" && chattr +i "$db" 2>/dev/null; then
  rls import --db "jdbc:sqlite:$db" "$SAMPLES/snoring-pauses.csv" >/dev/null 2>"$WORK/immutable.err"
  rc=$?
  chattr -i "$db"
  [ "$rc" -eq 1 ] || fail "import into an immutable file: exit $rc, expected 1"
  one_line "$WORK/immutable.err" "import into an immutable file" "read-only"
else
  echo "immutable file: skipped (needs root and a file system with chattr)"
fi
intact "$db" "read-only file"
n=$(sql "$db" "SELECT COUNT(*) FROM diary_import")
[ "$n" = 1 ] || fail "read-only file: $n imports kept, expected 1"

# -- a read-only folder
folder=$WORK/folder
mkdir -p "$folder"
if [ "$root" = 1 ] && mount -t tmpfs -o size=8m tmpfs "$folder" 2>/dev/null; then
  trap 'umount -l "$folder" 2>/dev/null' EXIT
  protect() { mount -o remount,ro "$folder"; }
  unprotect() { mount -o remount,rw "$folder"; }
elif [ "$root" = 0 ]; then
  protect() { chmod 0555 "$folder"; }
  unprotect() { chmod 0755 "$folder"; }
else
  echo "read-only folder: skipped (cannot mount a tmpfs)"
  echo "read-only file checked, $failures failed"
  [ "$failures" -eq 0 ]
  exit
fi
rls import --db "jdbc:sqlite:$folder/patients.db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/f1.err" \
  || fail "the first import into the folder failed: $(head -c 200 "$WORK/f1.err")"
protect
rls import --db "jdbc:sqlite:$folder/patients.db" "$SAMPLES/snoring-pauses.csv" >/dev/null 2>"$WORK/f2.err"
rc=$?
[ "$rc" -eq 1 ] || fail "import into a read-only folder: exit $rc, expected 1"
one_line "$WORK/f2.err" "import into a read-only folder" "folder .* is read-only"
rls import --db "jdbc:sqlite:$folder/new.db" "$SAMPLES/negations.csv" >/dev/null 2>"$WORK/f3.err"
rc=$?
[ "$rc" -eq 1 ] || fail "new database in a read-only folder: exit $rc, expected 1"
one_line "$WORK/f3.err" "new database in a read-only folder" "folder .* is read-only"
unprotect
intact "$folder/patients.db" "read-only folder"
n=$(sql "$folder/patients.db" "SELECT COUNT(*) FROM diary_import")
[ "$n" = 1 ] || fail "read-only folder: $n imports kept, expected 1"
echo "read-only file and folder: one line each, never re-permissioned, $failures failed"
[ "$failures" -eq 0 ]
