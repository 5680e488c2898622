#!/usr/bin/env bash
# Fails (exit 1), naming the files, when clang-format would change any C++ source of the
# project. Run by ctest (tests/layering), hence by scripts/test.sh and CI. To fix:
#   cmake --build build/default --target format
#
#   scripts/check-format.sh [SOURCE_DIR]
set -euo pipefail

root="${1:-$(dirname "${BASH_SOURCE[0]}")/..}"
cd "$root"

clang_format=$(command -v clang-format || command -v clang-format-14 || true)
if [[ -z "$clang_format" ]]; then
    echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi

mapfile -t files < <(find src include tests bench -name '*.cpp' -o -name '*.h' | sort)
# One clang-format process for every file; each file it would change is named in its messages.
rc=0
output=$("$clang_format" --dry-run --Werror "${files[@]}" 2>&1) || rc=$?
mapfile -t unformatted < <(echo "$output" \
    | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if ((rc != 0 && ${#unformatted[@]} == 0)); then
    echo "check-format: clang-format failed:"
    echo "$output" | head -20
    exit 1
fi

if ((${#unformatted[@]} > 0)); then
    echo "check-format: clang-format would change ${#unformatted[@]} file(s):"
    printf '    %s\n' "${unformatted[@]}"
    echo "Run: cmake --build build/default --target format"
    exit 1
fi
echo "check-format: ${#files[@]} files match .clang-format"
