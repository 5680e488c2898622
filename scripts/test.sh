#!/usr/bin/env bash
# Builds NeedleChart and runs every test suite headless through ctest, twice: in the `default`
# preset (RelWithDebInfo, warnings are errors), then in the `debug` preset (AddressSanitizer +
# UndefinedBehaviorSanitizer). This is what CI runs (.ci/run).
#
#   scripts/test.sh                 both presets, one after the other
#   scripts/test.sh --default       only the default preset (quicker, while working)
#   scripts/test.sh --debug         only the sanitizer preset
#   scripts/test.sh -R Patient      further arguments go to ctest (here: only matching tests)
#
# Exits non-zero if a build fails or any test fails; the sanitizer run is not started when the
# default one failed. The second run is incremental (ninja, ccache) and only re-runs the tests.
# After the default preset's tests, scripts/check-package.sh checks the installation and .deb,
# and scripts/fuzz.sh fuzzes the CSV import for 30 seconds (libFuzzer, clang 14).
set -euo pipefail

presets=(default debug)
ctest_args=()
for arg in "$@"; do
    case "$arg" in
        --default) presets=(default) ;;
        --debug) presets=(debug) ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) ctest_args+=("$arg") ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Every test is headless: no window ever opens, with or without a display. (ctest sets this
# per test as well; exporting it covers tests run by hand from this shell's children too.)
export QT_QPA_PLATFORM=offscreen

# Every storage and service test runs on SQLite and on PostgreSQL: one throwaway cluster serves
# both presets and is stopped on exit, also when a build or a test fails.
scripts/install-deps.sh
eval "$(scripts/test-server.sh start)"
trap 'scripts/test-server.sh stop "$NEEDLECHART_TEST_POSTGRES_DIR"' EXIT
export NEEDLECHART_REQUIRE_POSTGRES=1
export NEEDLECHART_SKIP_DEPS=1
# The FHIR export's tests fail, rather than skip, when the independent validator cannot run.
export NEEDLECHART_REQUIRE_FHIR_VALIDATOR=1

for preset in "${presets[@]}"; do
    echo "== ${preset} preset: build"
    scripts/build.sh "$preset"
    echo "== ${preset} preset: tests"
    # The test preset adds --output-on-failure, a timeout, the sanitizer options for `debug`,
    # and fails when no tests were found. ctest's last lines are its summary:
    #   100% tests passed, 0 tests failed out of N
    ctest --preset "$preset" --parallel 2 "${ctest_args[@]}"
    # The installation as a Debian desktop meets it: staged install, desktop entry and metainfo
    # validated, the .deb made, lintian without errors, installed and run (once, from the
    # optimised build).
    if [[ "$preset" == default && ${#ctest_args[@]} -eq 0 ]]; then
        echo "== default preset: installation and package"
        scripts/check-package.sh build/default
        # The CSV import's reader and mapping against half a minute of mutated files, every seed
        # and past crash first (tests/fuzz): any crash, leak or undefined behaviour fails CI.
        echo "== default preset: fuzzing the CSV import"
        scripts/fuzz.sh --seconds 30
    fi
done
