#!/usr/bin/env bash
# Checks installer/modules.txt against what jdeps finds in the fat jar: fails, naming the module,
# when the program uses one the runtime would lack. Prints the list for jlink on success.
# Usage: installer/check-modules.sh [path/to/rls-diary-viewer.jar]
# MODULES_FILE=other.txt checks another list (CI uses it to see the check fail on a short list).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../target/rls-diary-viewer.jar}"
if ! command -v jdeps >/dev/null 2>&1; then
  echo "check-modules.sh needs jdeps from a full JDK 17 or later (apt-get install openjdk-17-jdk-headless)" >&2
  exit 1
fi
if [ ! -f "$jar" ]; then
  echo "check-modules.sh: no fat jar at $jar (build it with: mvn -B -q package -DskipTests)" >&2
  exit 1
fi
modules_file="${MODULES_FILE:-$here/modules.txt}"
listed="$(grep -v -e '^#' -e '^[[:space:]]*$' "$modules_file" | sed 's/[[:space:]]//g' | paste -sd, -)"
found="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar" | tail -n 1)"
missing=()
IFS=',' read -r -a used <<<"$found"
for module in "${used[@]}"; do
  case ",$listed," in
    *",$module,"*) ;;
    *) missing+=("$module") ;;
  esac
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "$modules_file lacks module(s) the program uses: ${missing[*]}" >&2
  echo "jdeps found: $found" >&2
  echo "Add them to installer/modules.txt (and say why if jdeps cannot see the use)." >&2
  exit 1
fi
echo "$listed"
