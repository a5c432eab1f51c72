#!/usr/bin/env bash
# Builds the Linux installers of RLS Diary Viewer into target/installer/:
#   app-image/rls-diary-viewer/                  portable app image (run bin/rls-diary-viewer)
#   rls-diary-viewer-VERSION-linux-x64.tar.gz    the same, packed
#   rls-diary-viewer_VERSION-1_amd64.deb         Debian, Ubuntu
#   rls-diary-viewer-VERSION-1.x86_64.rpm        Fedora, RHEL, SUSE (only when rpmbuild is installed)
# with jpackage from the fat jar and a jlink runtime holding only the modules in installer/modules.txt.
#
# Needs: a JDK 17 or later with jpackage, jlink and jdeps; Maven (unless --skip-jar); objcopy
# (binutils) for jlink --strip-debug; fakeroot and dpkg-deb (dpkg-dev) for the .deb; rpmbuild (rpm)
# for the .rpm; a display or xvfb-run for the training run that makes the start-up (AppCDS) archive.
#   Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless maven binutils fakeroot dpkg-dev xvfb xauth [rpm]
#
# Usage: installer/build-linux.sh [--skip-jar] [--no-rpm] [--no-deb]
#   --skip-jar  use target/rls-diary-viewer.jar as built (e.g. by mvn verify) instead of rebuilding it
set -euo pipefail
started=$(date +%s)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

build_jar=yes want_deb=yes want_rpm=yes
for arg in "$@"; do
  case "$arg" in
    --skip-jar) build_jar=no ;;
    --no-rpm) want_rpm=no ;;
    --no-deb) want_deb=no ;;
    *) echo "unknown option: $arg (use --skip-jar, --no-rpm, --no-deb)" >&2; exit 2 ;;
  esac
done

fail() { echo "build-linux.sh: $*" >&2; exit 1; }
step() { echo "== $* ($(($(date +%s) - started)) s)"; }

# What this needs, checked before anything is built.
missing=()
for tool in java jpackage jlink jdeps; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (a JDK 17+: apt-get install openjdk-17-jdk-headless)")
done
command -v objcopy >/dev/null 2>&1 || missing+=("objcopy (apt-get install binutils)")
[ "$build_jar" = no ] || command -v mvn >/dev/null 2>&1 || missing+=("mvn (apt-get install maven)")
if [ "$want_deb" = yes ]; then
  command -v fakeroot >/dev/null 2>&1 || missing+=("fakeroot, for the .deb (apt-get install fakeroot)")
  command -v dpkg-deb >/dev/null 2>&1 || missing+=("dpkg-deb, for the .deb (apt-get install dpkg-dev)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build-linux.sh cannot build the installers; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "needs Java 17 or later, found ${java_major:-unknown}"
if [ "$want_rpm" = yes ] && ! command -v rpmbuild >/dev/null 2>&1; then
  echo "NOTE: rpmbuild not found, so NO .rpm is built (apt-get install rpm, or dnf install rpm-build)."
  want_rpm=no
fi

# jpackage wants a plain x.y.z version.
pom_version="$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' pom.xml | head -n 1)"
version="${pom_version%%-*}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot read a numeric version from pom.xml (found '$pom_version')"

name=rls-diary-viewer
jar="target/$name.jar"
out="target/installer"
install_dir=/opt
if [ "$build_jar" = yes ]; then
  step "Building the fat jar"
  mvn -B -q package -DskipTests
fi
[ -f "$jar" ] || fail "no $jar; build it with: mvn -B -q package -DskipTests"

step "Checking installer/modules.txt against jdeps"
modules="$("$here/check-modules.sh" "$jar")"
echo "modules: $modules"

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

step "Linking the runtime"
locales="$(grep -v -e '^#' -e '^[[:space:]]*$' "$here/locales.txt" | paste -sd, -)"
jlink --add-modules "$modules" --include-locales="$locales" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/runtime" >/dev/null
# The archive for heaps over 32 GB is never used by this program: 11 MB less to ship.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# Shared by the app image and the packages made from it.
identity=(--name "$name" --app-version "$version" --vendor "RLS Diary Viewer project"
  --description "Review restless-legs symptom diaries and print a visit summary"
  --copyright "RLS Diary Viewer project")

step "Building the app image"
# The launcher looks for the start-up archive beside the jar; without one it starts normally.
jpackage --type app-image "${identity[@]}" \
  --input "$out/input" --main-jar "$name.jar" --main-class org.rlsviewer.app.Main \
  --runtime-image "$out/runtime" --icon "$here/icon/$name.png" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" \
  --dest "$out/app-image"
image="$out/app-image/$name"

step "Training run for the start-up archive (AppCDS)"
display_run=()
if [ -n "${DISPLAY:-}" ]; then
  display_run=()
elif command -v xvfb-run >/dev/null 2>&1; then
  display_run=(xvfb-run -a -s "-screen 0 1280x1024x24")
else
  display_run=(none)
fi
app_dir="$(realpath "$image/lib/app")"
if [ "${display_run[*]:-}" = none ]; then
  echo "NOTE: no display and no xvfb-run (apt-get install xvfb xauth): the app image and packages get NO start-up archive."
else
  # Run exactly as the launcher does (same jar path), recording the archive for this image and
  # the class list from which the packages make theirs at the installed path.
  "${display_run[@]}" "$image/lib/runtime/bin/java" \
    -XX:ArchiveClassesAtExit="$app_dir/$name.jsa" -XX:DumpLoadedClassList="$app_dir/$name.classlist" \
    -Xlog:cds=error -Xlog:cds+dynamic=error \
    -cp "$app_dir/$name.jar" org.rlsviewer.app.Main --smoke-test "$root/samples/numbness-weakness.csv" \
    || fail "the training run (--smoke-test) failed"
  # The launcher must take the archive: -Xshare:on makes the JVM refuse to start otherwise.
  check_log="$out/cds-check.log"
  JAVA_TOOL_OPTIONS="-Xshare:on" "${display_run[@]}" "$image/bin/$name" \
    --smoke-test "$root/samples/numbness-weakness.csv" >"$check_log" 2>&1 \
    || { cat "$check_log" >&2; fail "the app image does not start with its start-up archive"; }
  grep -v '^Picked up JAVA_TOOL_OPTIONS' "$check_log"
fi

step "Packing the portable app image"
tar -C "$out/app-image" -czf "$out/$name-$version-linux-x64.tar.gz" "$name"

# The packages install to /opt, where this image's archive (made for this path) would not load:
# they carry the class list instead, and their postinst makes the archive at the installed path.
package_image="$out/package-image/$name"
mkdir -p "$out/package-image"
cp -a "$image" "$package_image"
rm -f "$package_image/lib/app/$name.jsa"
resources="$out/package-resources"
mkdir -p "$resources"
for file in postinst prerm; do
  sed "s|@INSTALL_DIR@|$install_dir/$name|g" "$here/linux/$file" >"$resources/$file"
done
cp "$here/linux/$name.desktop" "$resources/$name.desktop"
cp "$here/icon/$name.png" "$resources/$name.png"

package() {
  local type="$1"
  shift
  jpackage --type "$type" "${identity[@]}" --app-image "$package_image" \
    --install-dir "$install_dir" --resource-dir "$resources" --icon "$here/icon/$name.png" \
    --file-associations "$here/csv-association.properties" \
    --linux-package-name "$name" --linux-app-release 1 --linux-shortcut \
    --linux-menu-group "Science;MedicalSoftware;" "$@" --dest "$out"
}
if [ "$want_deb" = yes ]; then
  step "Building the .deb"
  package deb --linux-deb-maintainer "it-support@rls-diary-viewer.invalid" --linux-app-category science
fi
if [ "$want_rpm" = yes ]; then
  step "Building the .rpm"
  # jpackage's own rpm scripts: the .rpm has no start-up archive (see installer/README.md).
  package rpm --linux-rpm-license-type "Unspecified" --linux-app-category "Applications/Medical"
fi

step "Done"
du -sh "$image" "$out"/*.tar.gz "$out"/*.deb "$out"/*.rpm 2>/dev/null || true
