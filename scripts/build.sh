#!/usr/bin/env bash
# Installs missing Debian packages, then configures (first time only) and builds one CMake preset.
# Used by run.sh and test.sh; also useful on its own.
#
#   scripts/build.sh            the `default` preset (RelWithDebInfo) into build/default
#   scripts/build.sh debug      the `debug` preset (ASan + UBSan) into build/debug
#
# Set NEEDLECHART_SKIP_DEPS=1 to skip the package check (e.g. on a machine without root).
set -euo pipefail

preset="${1:-default}"
case "$preset" in
    default|debug) ;;
    *) echo "build.sh: unknown preset '$preset' (use default or debug)" >&2; exit 2 ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ "${NEEDLECHART_SKIP_DEPS:-0}" != 1 ]]; then
    scripts/install-deps.sh
fi

# Configure only when there is no usable build tree; afterwards ninja re-runs CMake by itself
# whenever a CMakeLists.txt changes. (A configure that failed half-way leaves a CMakeCache.txt
# without build.ninja, so both are checked.)
build_dir="build/$preset"
if [[ ! -f "$build_dir/CMakeCache.txt" || ! -f "$build_dir/build.ninja" ]]; then
    cmake --preset "$preset"
fi

cmake --build --preset "$preset" --parallel "$(nproc)"
