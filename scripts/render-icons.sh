#!/usr/bin/env bash
# Renders the application icon (resources/desktop/org.needlechart.NeedleChart.svg) to the PNG
# sizes installed in the hicolor theme (resources/desktop/icons/<N>x<N>.png). Run it after
# changing the SVG and commit the PNGs; the build itself only copies them. Needs rsvg-convert
# (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/desktop"
mkdir -p icons
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" org.needlechart.NeedleChart.svg -o "icons/${size}x${size}.png"
done
