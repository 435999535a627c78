#!/usr/bin/env bash
# Regenerates Arena Viewer's raster icons from icons/arenaview.svg:
#   icons/png/arenaview-<size>.png  (16 24 32 48 64 128 256 512)
#   icons/arenaview.ico             (Windows; 16 24 32 48 64 128 256)
#   icons/arenaview.icns            (macOS; 16 32 48 128 256 512)
# and copies the 16..256 PNGs to src/main/resources/dev/arenaview/ui/icons/,
# where the application window loads them at runtime.
#
# Needs these Debian packages (only to regenerate; the Maven build never
# needs them, the outputs are committed):
#   librsvg2-bin  (rsvg-convert)
#   imagemagick   (convert / magick, for the .ico)
#   icnsutils     (png2icns, for the .icns)
#   e.g.  apt-get install -y librsvg2-bin imagemagick icnsutils
#
# Usage: icons/generate.sh   (from any directory)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
svg="$here/arenaview.svg"
png_dir="$here/png"
res_dir="$root/src/main/resources/dev/arenaview/ui/icons"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "generate.sh: '$1' not found (install Debian package $2)" >&2; exit 1; }
}
need rsvg-convert librsvg2-bin
need png2icns icnsutils
if command -v magick >/dev/null 2>&1; then im=magick; else need convert imagemagick; im=convert; fi

png_sizes=(16 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 48 128 256 512)
res_sizes=(16 24 32 48 64 128 256)

png() { echo "$png_dir/arenaview-$1.png"; }

mkdir -p "$png_dir" "$res_dir"

for s in "${png_sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --format png "$svg" --output "$(png "$s")"
done

ico_inputs=()
for s in "${ico_sizes[@]}"; do ico_inputs+=("$(png "$s")"); done
"$im" "${ico_inputs[@]}" "$here/arenaview.ico"

icns_inputs=()
for s in "${icns_sizes[@]}"; do icns_inputs+=("$(png "$s")"); done
rm -f "$here/arenaview.icns"
png2icns "$here/arenaview.icns" "${icns_inputs[@]}" >/dev/null

for s in "${res_sizes[@]}"; do
  cp "$(png "$s")" "$res_dir/arenaview-$s.png"
done

echo "generate.sh: icons written to $here and $res_dir"
