#!/usr/bin/env bash
# One command for every benchmark figure of docs/benchmarks.md: builds the benchmark profile, then
# runs bench's driver, which prints the table and writes target/bench/results.csv.
#   bench/run.sh            the full run (about 8 minutes on 2 cores)
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

echo "[bench] building (mvn -Pbench test-compile, tests skipped)"
mvn -B -q -Pbench -DskipTests test-compile
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
DRIVER=(java -Xmx1g -cp "$CP" org.rlsviewer.bench.BenchMain "$@")

if [ -n "${DISPLAY:-}" ] || ! command -v xvfb-run >/dev/null 2>&1; then
  "${DRIVER[@]}"
else
  xvfb-run -a -s "-screen 0 1280x1024x24" "${DRIVER[@]}"
fi
