#!/usr/bin/env bash
# House rule: no colour is spelled outside the theme (src/ui/common/Theme.cpp). A colour
# literal anywhere else in src/ (#rrggbb, QColor(0x..), QColor("..."), QColor(r, g, b), Qt::red
# and its kin) would stay the same in the dark palette and on paper. The body map's SVG
# artwork is drawing, not UI, and is not scanned (it is not in src/).
#
#   scripts/check-colours.sh [SOURCE_DIR]
set -euo pipefail
root="${1:-$(dirname "${BASH_SOURCE[0]}")/..}"
cd "$root"
pattern='#[0-9a-fA-F]{6}\b|QColor\((0x|"|[0-9])|Qt::(red|green|blue|black|white|gray|grey|darkGray|lightGray|yellow|cyan|magenta|darkRed|darkGreen|darkBlue)\b'
if found=$(grep -rnE "$pattern" src --include='*.cpp' --include='*.h' | grep -v '^src/ui/common/Theme.cpp:'); then
    echo "check-colours: colours spelled outside src/ui/common/Theme.cpp (give them a Theme::Role):" >&2
    echo "$found" >&2
    exit 1
fi
echo "check-colours: every colour comes from the theme"
