#!/usr/bin/env bash
# The fault suite: runs every .ci/faults/case-*.sh against the built program and prints one line per
# case, "fault case NAME: ok" or "fault case NAME: FAILED (reason)", then "faults: N passed, M failed".
# Builds nothing: expects target/rls-diary-viewer.jar (mvn verify or mvn package makes it).
# Each case gets JAR (the jar), WORK (a fresh empty folder, removed afterwards) and SAMPLES (samples/),
# prints what it checked, its reason last when it fails, and exits non-zero when a check failed.
# Usage: .ci/faults/run.sh [NAME...]   (NAME: case-NAME.sh; all cases when none given)
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export JAR=${JAR:-$root/target/rls-diary-viewer.jar}
export SAMPLES=$root/samples
if [ ! -f "$JAR" ]; then
  echo "faults: $JAR is missing: build it first (mvn -B verify or mvn -B package)" >&2
  exit 1
fi
case_limit=${FAULT_CASE_TIMEOUT:-1500}

cases=()
if [ "$#" -gt 0 ]; then
  for n in "$@"; do cases+=(".ci/faults/case-$n.sh"); done
else
  for c in .ci/faults/case-*.sh; do [ -e "$c" ] && cases+=("$c"); done
fi

passed=0 failed=0
logs=$(mktemp -d)
for c in "${cases[@]}"; do
  name=$(basename "$c" .sh)
  name=${name#case-}
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/rls-fault-$name.XXXXXX")
  export WORK
  started=$SECONDS
  timeout -k 10 "$case_limit" bash "$c" >"$logs/$name.log" 2>&1
  rc=$?
  # a case may leave files only root can remove otherwise (chmod 000): make them removable first
  chmod -R u+rwx "$WORK" 2>/dev/null
  rm -rf "$WORK"
  took=$((SECONDS - started))
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    echo "fault case $name: ok"
    echo "    $(tail -n 1 "$logs/$name.log" | tr -d '\r' | head -c 200) (${took} s)"
  else
    failed=$((failed + 1))
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
      reason="still running after $case_limit s"
    else
      reason=$(grep -v '^$' "$logs/$name.log" | tail -n 1 | tr -d '\r' | head -c 300)
    fi
    echo "fault case $name: FAILED (${reason:-exit code $rc})"
    grep -a '^FAILED' "$logs/$name.log" | head -n 40 | sed 's/^/    /'
  fi
done
rm -rf "$logs"
echo "faults: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
