#!/usr/bin/env bash
# One command for every benchmark figure of docs/benchmarks.md: builds the benchmark profile, then
# runs bench's driver, which prints the table and writes target/bench/results.csv.
#   bench/run.sh            the full run (about 5-7 minutes on 2 cores, first run included)
#   bench/run.sh --quick    one JMH iteration each, to try the command out (figures not for the record)
# Needs Java 17 and Maven; the start-up and EDT figures need a display: without one the driver runs
# under xvfb-run (package xvfb, installed here when missing, as .ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "[bench] installing xvfb for the window figures"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends xvfb xauth \
    || echo "[bench] xvfb could not be installed: start-up and EDT figures will be missing"
fi

# The clinic figures run on SQLite and on PostgreSQL: the server the store tests use when its
# variables are set, else the local one .ci/postgres-setup.sh starts (stopped again at the end if
# this script started it); without PostgreSQL those figures say "not measured".
if [ -z "${RLS_TEST_POSTGRES_URL:-}" ] && command -v pg_lsclusters >/dev/null 2>&1; then
  if read -r pg_port pg_version pg_cluster pg_started < <(bash .ci/postgres-setup.sh 2>/dev/null); then
    if [ "$pg_started" = 1 ]; then
      SUDO=""
      if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
      trap '$SUDO pg_ctlcluster "$pg_version" "$pg_cluster" stop >/dev/null 2>&1 || true' EXIT
    fi
    export RLS_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${pg_port}/rls_test"
    export RLS_TEST_POSTGRES_USER=rls_test
    export RLS_TEST_POSTGRES_PASSWORD=rls_test
  else
    echo "[bench] PostgreSQL could not be started: its clinic figures will say not measured"
  fi
fi

# The installed app image's start-up figure needs the image installer/build-linux.sh makes: built
# here when it is missing or older than the sources (not with --quick; its figure then says so).
image=target/installer/app-image/rls-diary-viewer
if [[ " $* " != *" --quick "* ]] && { [ ! -x "$image/bin/rls-diary-viewer" ] \
    || [ -n "$(find src/main pom.xml -newer "$image/lib/app/rls-diary-viewer.jar" -print -quit)" ]; }; then
  echo "[bench] building the app image (mvn package, installer/build-linux.sh --skip-jar --no-deb --no-rpm)"
  { mvn -B -q package -DskipTests && installer/build-linux.sh --skip-jar --no-deb --no-rpm >target/bench-image.log 2>&1; } \
    || echo "[bench] the app image could not be built (target/bench-image.log): its start-up figure will say not measured"
fi

echo "[bench] building (mvn -Pbench test-compile, tests skipped)"
mvn -B -q -Pbench -DskipTests test-compile
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
DRIVER=(java -Xmx1g -cp "$CP" org.rlsviewer.bench.BenchMain "$@")

if [ -n "${DISPLAY:-}" ] || ! command -v xvfb-run >/dev/null 2>&1; then
  "${DRIVER[@]}"
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "${DRIVER[@]}"
fi
