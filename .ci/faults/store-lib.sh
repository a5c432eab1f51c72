# Shared by the store's fault cases (sourced): the program, checks of a database file, failures.
# Env: JAR, WORK, SAMPLES.
: "${JAR:?}" "${WORK:?}" "${SAMPLES:?}"
unset XDG_DATA_HOME XDG_CONFIG_HOME RLS_DB_USER RLS_DB_PASSWORD
faults_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$WORK/home/.java/.userPrefs"
failures=0
fail() { failures=$((failures + 1)); echo "FAILED $1"; }
rls() { java -Xmx256m -Djava.awt.headless=true -Duser.home="$WORK/home" -jar "$JAR" "$@"; }

# sql DB QUERY...: rows of each query on the database file, read-only (sqlite3 when installed).
sql() {
  local db=$1
  shift
  if command -v sqlite3 >/dev/null 2>&1; then
    local q
    for q in "$@"; do sqlite3 -readonly "$db" "$q"; done
  else
    java -cp "$JAR" "$faults_dir/StoreCheck.java" "$db" "$@"
  fi
}

# intact DB WHAT: the database passes PRAGMA integrity_check.
intact() {
  local result
  result=$(sql "$1" "PRAGMA integrity_check" 2>&1 | tr '\n' ' ')
  [ "$result" = "ok " ] || fail "$2: integrity_check says: $(printf %s "$result" | head -c 200)"
}

# one_line FILE WHAT PATTERN: stderr holds exactly one line (JDK preference-store notices aside),
# matching PATTERN, with no raw SQLite code, stack trace or Flyway log.
one_line() {
  local lines
  lines=$(grep -v "${prefs_noise[@]}" "$1")
  if [ "$(printf '%s\n' "$lines" | grep -c .)" -ne 1 ]; then
    fail "$2: expected one line on stderr, got: $(printf %s "$lines" | head -c 300 | tr '\n' '/')"
  elif ! printf %s "$lines" | grep -Eq "$3"; then
    fail "$2: the line does not say /$3/: $(printf %s "$lines" | head -c 300)"
  fi
  raw_text "$1" "$2"
}

# raw_text FILE WHAT: no raw SQLite code, exception, stack trace or Flyway log on stderr (JDK
# preference-store notices aside).
prefs_noise=(-e 'java.util.prefs' -e "^WARNING: Couldn't flush" -e '^INFO: Created user preferences')
raw_text() {
  local raw
  raw=$(grep -v "${prefs_noise[@]}" "$1" | grep -Em1 'SQLITE_|Exception|SEVERE|^\s+at ')
  [ -z "$raw" ] || fail "$2: raw driver text on stderr: $(printf %s "$raw" | head -c 200)"
}

# diary FILE ID NIGHTS: a synthetic diary of patient ID with NIGHTS nights from 2020-01-01.
diary() {
  {
    echo "# patient_id: $2"
    echo "# name: Test Patient $2"
    echo "date,severity,awakenings,notes"
    seq 0 $(($3 - 1)) | sed 's/.*/2020-01-01 + & days/' | date -u -f - +%F \
      | awk '{ printf "%s,%d,%d,night %d calm legs\n", $0, NR % 10, NR % 4, NR }'
  } >"$1"
}
