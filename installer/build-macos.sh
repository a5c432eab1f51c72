#!/usr/bin/env bash
# Builds the macOS installer of RLS Diary Viewer into target/installer/:
#   RLS Diary Viewer-VERSION.dmg   drag "RLS Diary Viewer.app" to Applications; opens .csv via "Open With"
# with jpackage from the fat jar and a jlink runtime holding only the modules in installer/modules.txt.
#
# Needs (on macOS, this cannot be run on Linux): a JDK 17 or later with jpackage, jlink and jdeps
# (e.g. Eclipse Temurin 17: brew install --cask temurin@17); Maven unless --skip-jar (brew install
# maven); hdiutil (part of macOS). To sign, set MAC_SIGNING_IDENTITY to a "Developer ID Application"
# certificate name in the keychain; unsigned builds run after the user allows them in
# System Settings > Privacy & Security (notarise signed builds with xcrun notarytool for clinics).
#
# Usage: [MAC_APP_VERSION=1.0.0] [MAC_SIGNING_IDENTITY=...] installer/build-macos.sh [--skip-jar]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

build_jar=yes
for arg in "$@"; do
  case "$arg" in
    --skip-jar) build_jar=no ;;
    *) echo "unknown option: $arg (use --skip-jar)" >&2; exit 2 ;;
  esac
done
fail() { echo "build-macos.sh: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "builds the .dmg on macOS only (jpackage makes packages for the system it runs on)"
missing=()
for tool in java jpackage jlink jdeps; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (a JDK 17+, e.g. brew install --cask temurin@17)")
done
command -v hdiutil >/dev/null 2>&1 || missing+=("hdiutil (part of macOS)")
[ "$build_jar" = no ] || command -v mvn >/dev/null 2>&1 || missing+=("mvn (brew install maven)")
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build-macos.sh cannot build the installer; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

pom_version="$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' pom.xml | head -n 1)"
version="${pom_version%%-*}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot read a numeric version from pom.xml (found '$pom_version')"
# jpackage on macOS refuses a version whose first number is 0 (a bundle version rule).
version="${MAC_APP_VERSION:-$version}"
[ "${version%%.*}" -ge 1 ] || fail "macOS needs a version of 1.0 or more, pom.xml says $pom_version; set MAC_APP_VERSION (e.g. MAC_APP_VERSION=1.0.0) and keep raising it with each release"

name=rls-diary-viewer
jar="target/$name.jar"
out="target/installer"
if [ "$build_jar" = yes ]; then
  echo "== Building the fat jar"
  mvn -B -q package -DskipTests
fi
[ -f "$jar" ] || fail "no $jar; build it with: mvn -B -q package -DskipTests"

echo "== Checking installer/modules.txt against jdeps"
modules="$("$here/check-modules.sh" "$jar")"
echo "modules: $modules"

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

echo "== Linking the runtime"
locales="$(grep -v -e '^#' -e '^[[:space:]]*$' "$here/locales.txt" | paste -sd, -)"
jlink --add-modules "$modules" --include-locales="$locales" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/runtime" >/dev/null
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

signing=()
if [ -n "${MAC_SIGNING_IDENTITY:-}" ]; then
  signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
else
  echo "NOTE: MAC_SIGNING_IDENTITY not set: the .dmg is NOT signed."
fi

echo "== Building the .dmg"
# No AppCDS archive of the program's own classes on macOS: Java 17 accepts one only at the path it
# was made for, and the user may put the app anywhere (see installer/README.md).
jpackage --type dmg --name "RLS Diary Viewer" --app-version "$version" --vendor "RLS Diary Viewer project" \
  --description "Review restless-legs symptom diaries and print a visit summary" \
  --copyright "RLS Diary Viewer project" \
  --input "$out/input" --main-jar "$name.jar" --main-class org.rlsviewer.app.Main \
  --runtime-image "$out/runtime" --icon "$here/icon/$name.icns" \
  --file-associations "$here/csv-association.properties" \
  --mac-package-identifier org.rlsviewer.diaryviewer --mac-package-name "RLS Diary Viewer" \
  ${signing[@]+"${signing[@]}"} --dest "$out"

ls -lh "$out"/*.dmg
