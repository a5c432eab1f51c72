#!/usr/bin/env bash
# CI check of the Linux installer: builds the app image and the .deb, installs the .deb as a clinic
# would, starts the installed program under Xvfb on a sample diary with --smoke-test (window up,
# nights shown, one frame painted), then removes the package and checks nothing is left behind.
# Runs as root (CI) or with sudo. Uses target/rls-diary-viewer.jar when present (mvn verify built it).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
started=$(date +%s)

need=()
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v dpkg-deb >/dev/null 2>&1 || need+=(dpkg-dev)
command -v objcopy >/dev/null 2>&1 || need+=(binutils)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing: ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

skip_jar=()
[ -f target/rls-diary-viewer.jar ] && skip_jar=(--skip-jar)
installer/build-linux.sh "${skip_jar[@]}" --no-rpm
deb="$(ls target/installer/rls-diary-viewer_*_amd64.deb)"

echo "== The module check fails on a list that lacks a module the program uses"
short_list="$(mktemp)"
grep -v '^java.sql$' installer/modules.txt >"$short_list"
if MODULES_FILE="$short_list" installer/check-modules.sh >/dev/null 2>&1; then
  echo "ci-smoke: check-modules.sh passed a list without java.sql" >&2
  exit 1
fi
rm -f "$short_list"

# A desktop machine has this menu folder; the bare CI image lacks it, and without it xdg-desktop-menu
# makes no menu entry (postinst then warns and installs anyway). Create it so the entry is checked.
$SUDO mkdir -p /usr/share/desktop-directories

remove() { $SUDO apt-get remove -y -qq rls-diary-viewer >/dev/null 2>&1 || true; }
trap remove EXIT
echo "== Installing $deb"
# apt pulls in the libraries the .deb depends on; with stale package lists, refresh and try again.
if ! $SUDO apt-get install -y -qq --no-install-recommends "./$deb"; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "./$deb"
fi
launcher=/opt/rls-diary-viewer/bin/rls-diary-viewer
[ -x "$launcher" ] || { echo "ci-smoke: $launcher missing after install" >&2; exit 1; }
[ -f /opt/rls-diary-viewer/lib/app/rls-diary-viewer.jsa ] \
  || { echo "ci-smoke: postinst made no start-up archive" >&2; exit 1; }
compgen -G '/usr/share/applications/*rls-diary-viewer*.desktop' >/dev/null \
  || { echo "ci-smoke: no desktop entry in /usr/share/applications" >&2; exit 1; }

echo "== Starting the installed program with --smoke-test"
# -Xshare:on: the JVM refuses to start unless the archive made at install time loads.
sample="$(pwd)/samples/numbness-weakness.csv"
log="$(mktemp)"
if ! JAVA_TOOL_OPTIONS="-Xshare:on" xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$launcher" --smoke-test "$sample" >"$log" 2>&1; then
  cat "$log" >&2
  echo "ci-smoke: the installed program failed its smoke test" >&2
  exit 1
fi
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$log"
rm -f "$log"

echo "== Installed runtime against the full JDK: same answers on every sample, and a PDF"
# The jlink runtime holds only the modules in modules.txt: a module missing for some code path
# shows up here as a different answer or a failure.
# The summary's provenance block states when each run imported the file: that line differs by design.
for diary in samples/*.csv; do
  for command in flags summary; do
    expected="$(java -jar target/rls-diary-viewer.jar "$command" "$diary" 2>&1 | grep -v '^imported: ' || true)"
    actual="$("$launcher" "$command" "$diary" 2>&1 | grep -v '^imported: ' || true)"
    if [ "$expected" != "$actual" ]; then
      echo "ci-smoke: '$command $diary' differs between the installed program and java -jar:" >&2
      diff <(echo "$expected") <(echo "$actual") >&2 || true
      exit 1
    fi
  done
done
pdf="$(mktemp --suffix=.pdf)"
"$launcher" report --out "$pdf" "$sample" >/dev/null
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || { echo "ci-smoke: the installed program wrote no PDF" >&2; exit 1; }
echo "same flags and summary for $(find samples -maxdepth 1 -name '*.csv' | wc -l) samples; PDF of $(wc -c <"$pdf") bytes"
rm -f "$pdf"

echo "== Removing the package"
$SUDO apt-get remove -y -qq rls-diary-viewer
trap - EXIT
if [ -e /opt/rls-diary-viewer ]; then
  echo "ci-smoke: /opt/rls-diary-viewer is still there after removal:" >&2
  find /opt/rls-diary-viewer >&2
  exit 1
fi
echo "installer smoke test passed in $(($(date +%s) - started)) s"
