#!/usr/bin/env bash
# Builds NeedleChart and runs every test suite headless through ctest.
#
#   scripts/test.sh                 preset `default` (RelWithDebInfo, warnings are errors)
#   scripts/test.sh --debug         preset `debug` (AddressSanitizer + UndefinedBehaviorSanitizer)
#   scripts/test.sh -R Patient      further arguments go to ctest (here: only matching tests)
#
# Exits non-zero if the build fails or any test fails. The second run is incremental (ninja,
# ccache) and only re-runs the tests.
set -euo pipefail

preset=default
ctest_args=()
for arg in "$@"; do
    case "$arg" in
        --debug) preset=debug ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) ctest_args+=("$arg") ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/build.sh "$preset"

# Every test is headless: no window ever opens, with or without a display. (ctest sets this
# per test as well; exporting it covers tests run by hand from this shell's children too.)
export QT_QPA_PLATFORM=offscreen

# The test preset adds --output-on-failure, a timeout, the sanitizer options for `debug`, and
# fails when no tests were found. ctest's last lines are its summary:
#   100% tests passed, 0 tests failed out of N
ctest --preset "$preset" --parallel 2 "${ctest_args[@]}"
