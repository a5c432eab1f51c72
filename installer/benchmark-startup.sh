#!/usr/bin/env bash
# Start-up to the first painted window with a sample diary, in one run, interleaved so that the load
# of the machine falls on every variant alike. Each variant is timed from launch to exit: the program
# runs --smoke-test, which exits as soon as the nights are shown and one frame is painted; the
# yardstick, a bare FlatLaf window (bench/BareFlatLafWindow.java), exits after its first paint too.
#   fat jar             java -jar target/rls-diary-viewer.jar --smoke-test SAMPLE   vs  bare window, same java, -cp the jar
#   app image           bin/rls-diary-viewer --smoke-test SAMPLE (with its AppCDS archive)
#   app image, no CDS   the same with the archive moved aside              vs  bare window on the image's runtime
# Needs: installer/build-linux.sh run first (the app image), a display or xvfb-run.
# Usage: installer/benchmark-startup.sh [ROUNDS] [SAMPLE]      (default 7 rounds, samples/numbness-weakness.csv)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
rounds="${1:-7}"
sample="$(realpath "${2:-$root/samples/numbness-weakness.csv}")"
name=rls-diary-viewer
jar="$root/target/$name.jar"
image="$root/target/installer/app-image/$name"
archive="$image/lib/app/$name.jsa"

[ -x "$image/bin/$name" ] || { echo "no app image at $image: run installer/build-linux.sh first" >&2; exit 1; }
[ -f "$archive" ] || { echo "the app image has no AppCDS archive ($archive)" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || { echo "needs a display or xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

bench="$root/target/installer/bench"
mkdir -p "$bench"
javac -d "$bench" -cp "$jar" "$here/bench/BareFlatLafWindow.java"

# "WALL CPU": milliseconds from launch to exit, and CPU (user + system) milliseconds of the run;
# CPU time is less at the mercy of other load on a shared machine. Fails the benchmark if a run fails.
measure() {
  local t0 t1 cpu
  t0=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$bench/time.txt" "$@" >/dev/null 2>&1 \
    || { echo "benchmark: failed: $*" >&2; exit 1; }
  t1=$(date +%s%N)
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$bench/time.txt")
  echo "$(((t1 - t0) / 1000000)) $cpu"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

variants=("bare FlatLaf window, JDK java" "fat jar (java -jar), JDK java" "bare FlatLaf window, app image runtime"
  "app image launcher, with AppCDS" "app image launcher, without AppCDS")
declare -a walls cpus  # per variant, its runs' milliseconds separated by spaces
record() { local i="$1" w c; read -r w c; walls[i]="${walls[i]:-} $w"; cpus[i]="${cpus[i]:-} $c"; }
restore() { [ -f "$archive.aside" ] && mv -f "$archive.aside" "$archive"; return 0; }
trap restore EXIT
for round in $(seq 1 "$rounds"); do
  record 0 < <(measure java -cp "$jar:$bench" BareFlatLafWindow)
  record 1 < <(measure java -jar "$jar" --smoke-test "$sample")
  record 2 < <(measure "$image/lib/runtime/bin/java" -cp "$image/lib/app/$name.jar:$bench" BareFlatLafWindow)
  record 3 < <(measure "$image/bin/$name" --smoke-test "$sample")
  mv "$archive" "$archive.aside"
  record 4 < <(measure "$image/bin/$name" --smoke-test "$sample")
  mv "$archive.aside" "$archive"
  echo "round $round/$rounds done" >&2
done

declare -a mw mc
for i in 0 1 2 3 4; do
  read -r -a runs <<<"${walls[i]}"
  mw[i]=$(median "${runs[@]}")
  read -r -a runs <<<"${cpus[i]}"
  mc[i]=$(median "${runs[@]}")
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "Start-up to first painted window with $(basename "$sample"), median of $rounds interleaved rounds,"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '  %-40s %8s %8s   %s\n' "variant" "wall ms" "CPU ms" "all wall times"
for i in 0 1 2 3 4; do
  printf '  %-40s %8d %8d  %s\n' "${variants[i]}" "${mw[i]}" "${mc[i]}" "${walls[i]}"
done
echo "Ratios (wall, CPU):"
echo "  fat jar / bare window (JDK)                  $(ratio "${mw[1]}" "${mw[0]}")  $(ratio "${mc[1]}" "${mc[0]}")"
echo "  app image with AppCDS / bare window (image)  $(ratio "${mw[3]}" "${mw[2]}")  $(ratio "${mc[3]}" "${mc[2]}")"
echo "  app image without AppCDS / bare window       $(ratio "${mw[4]}" "${mw[2]}")  $(ratio "${mc[4]}" "${mc[2]}")"
echo "  with AppCDS / without AppCDS                 $(ratio "${mw[3]}" "${mw[4]}")  $(ratio "${mc[3]}" "${mc[4]}")"
