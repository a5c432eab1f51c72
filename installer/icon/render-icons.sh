#!/usr/bin/env bash
# Renders the one icon source, rls-diary-viewer.svg, to the PNG sizes, the Windows ICO and the macOS
# ICNS beside it. The results are committed, so building an installer never needs these tools; run
# this again only after changing the SVG.
# Needs: rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils):
#   apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=("rsvg-convert (package librsvg2-bin)")
command -v icotool >/dev/null 2>&1 || missing+=("icotool (package icoutils)")
command -v png2icns >/dev/null 2>&1 || missing+=("png2icns (package icnsutils)")
if [ "${#missing[@]}" -gt 0 ]; then
  printf 'render-icons.sh needs: %s\n' "${missing[@]}" >&2
  echo "Install them with: apt-get install -y librsvg2-bin icoutils icnsutils" >&2
  exit 1
fi

name=rls-diary-viewer
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$name.svg" --output "png/$name-$size.png"
done
# Windows shows 16 to 48 in lists and menus, 256 on large tiles.
icotool --create --output "$name.ico" png/$name-{16,24,32,48,64}.png --raw="png/$name-256.png"
# macOS: the sizes png2icns knows an icon type for.
png2icns "$name.icns" png/$name-{16,32,48,128,256,512,1024}.png >/dev/null
# jpackage on Linux takes one PNG for the launcher and the desktop entry.
cp "png/$name-256.png" "$name.png"
echo "Rendered png/, $name.png, $name.ico and $name.icns from $name.svg"
