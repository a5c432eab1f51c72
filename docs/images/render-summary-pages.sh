#!/usr/bin/env bash
# Renders pages of the visit summary PDF to PNG for the README and for checking by eye: page one in
# colour and in grey-scale (the urgency of each flag must still be told apart without colour), the
# changes since a last visit, and the marks on the severity chart in grey-scale.
# Needs the fat jar (mvn -B -q package -DskipTests) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/rls-diary-viewer.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "needs pdftoppm (apt-get install poppler-utils)" >&2; exit 1; }
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" report --out "$tmp/swelling.pdf" samples/one-sided-swelling.csv >/dev/null
java -jar "$jar" report --out "$tmp/numbness.pdf" samples/numbness-weakness.csv >/dev/null
java -jar "$jar" report --out "$tmp/responder.pdf" samples/magnesium-responder.csv >/dev/null
java -jar "$jar" report --last-visit 2024-06-21 --out "$tmp/since.pdf" samples/numbness-weakness.csv >/dev/null
java -jar "$jar" report --out "$tmp/diarrhoea.pdf" samples/diarrhoea-400mg.csv >/dev/null
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$tmp/swelling.pdf" "$out/summary-page1"
pdftoppm -png -gray -r 70 -f 1 -l 1 -singlefile "$tmp/numbness.pdf" "$out/summary-page1-grey"
pdftoppm -png -r 70 -f 3 -l 3 -singlefile "$tmp/responder.pdf" "$out/summary-trial-page"
pdftoppm -png -r 70 -f 2 -l 2 -singlefile "$tmp/since.pdf" "$out/summary-since-last-visit"
pdftoppm -png -gray -r 70 -f 1 -l 1 -singlefile "$tmp/diarrhoea.pdf" "$out/summary-chart-marks-grey"
echo "wrote $out/summary-page1.png, $out/summary-page1-grey.png, $out/summary-trial-page.png,"
echo "  $out/summary-since-last-visit.png, $out/summary-chart-marks-grey.png"
