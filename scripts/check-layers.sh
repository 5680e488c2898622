#!/usr/bin/env bash
# Proves that includes only point down the layers (domain <- storage <- services <- ui <- app)
# and that a folder's own headers stay inside the UI library. Run by ctest (tests/layering);
# prints every offending line and exits 1 if there is one.
#
#   scripts/check-layers.sh [SOURCE_DIR]
set -euo pipefail

root="${1:-$(dirname "${BASH_SOURCE[0]}")/..}"
cd "$root"

status=0
# forbid <paths...> -- <regex> <why>: every #include in the files under <paths> matching <regex>
# is an error.
forbid() {
    local paths=() regex why
    while [[ "$1" != "--" ]]; do paths+=("$1"); shift; done
    shift
    regex="$1"
    why="$2"
    local hits
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*${regex}" \
        "${paths[@]}" 2>/dev/null || true)
    if [[ -n "$hits" ]]; then
        echo "$why:"
        echo "$hits" | sed 's/^/    /'
        status=1
    fi
}

forbid src/domain include/needlechart/domain -- '"needlechart/(storage|services|ui)/' \
    "the domain includes a layer above it"
forbid src/domain include/needlechart/domain -- '<Q(Sql|Widgets|Gui|PrintSupport|Svg)' \
    "the domain uses Qt beyond Core"
forbid src/domain include/needlechart/domain -- '<(QSql[A-Za-z]*|QWidget|QPainter|QApplication)>' \
    "the domain uses Qt beyond Core"
forbid src/storage include/needlechart/storage -- '"needlechart/(services|ui)/' \
    "storage includes a layer above it"
forbid src/storage include/needlechart/storage -- '<(QWidget|QApplication|QPainter|Qt(Widgets|Gui)/)' \
    "storage uses widgets"
forbid include/needlechart/services -- '"needlechart/storage/' \
    "a services header exposes storage (the UI would see it)"
forbid include/needlechart/services -- '<QSql[A-Za-z]*>' \
    "a services header exposes Qt Sql"
forbid src/services include/needlechart/services -- '"needlechart/ui/' \
    "services include the UI"
forbid src/services include/needlechart/services -- '<(QWidget|QApplication|Qt(Widgets)/)' \
    "services use widgets"
forbid src/ui include/needlechart/ui src/app -- '"needlechart/storage/' \
    "UI or app code reaches the storage layer (go through a service)"
forbid src/ui include/needlechart/ui src/app -- '<QSql[A-Za-z]*>' \
    "UI or app code uses Qt Sql"
forbid include/needlechart -- '"[a-z]+/[A-Za-z]+\.h"' \
    "a public header includes a folder's own header (move it under include/ or forward-declare)"

if ((status == 0)); then
    echo "check-layers: every include points down"
fi
exit "$status"
