#!/usr/bin/env bash
# Builds the CSV import fuzzer (tests/fuzz: libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, clang 14) into build/fuzz, then runs it for a bounded time on a
# temporary copy of the seed corpus tests/fuzz/corpus/csv (so the repository's corpus stays as
# it is). scripts/test.sh (CI) runs it for 30 seconds after the default preset's tests; run it
# longer after changing how an import decodes, splits or maps a file (src/domain/transfer).
#
#   scripts/fuzz.sh                 build, then fuzz for 60 seconds
#   scripts/fuzz.sh --seconds 600   fuzz for ten minutes
#   scripts/fuzz.sh --build-only    only build build/fuzz/csv_import_fuzzer
#
# Every corpus file runs once first, so each regression-* file there is checked again every time.
# Exits non-zero if the build fails or the fuzzer finds a crash, a leak, undefined behaviour or a
# broken invariant; it then says where the input that did it was saved (build/fuzz/artifacts/).
set -euo pipefail

seconds=60
build_only=0
while (($# > 0)); do
    case "$1" in
        --seconds)
            if [[ $# -lt 2 || ! "$2" =~ ^[0-9]+$ || "$2" -eq 0 ]]; then
                echo "fuzz.sh: --seconds needs a whole number of seconds above 0" >&2
                exit 2
            fi
            seconds="$2"
            shift 2
            ;;
        --build-only) build_only=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "fuzz.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

compiler=clang++-14
if ! command -v "$compiler" > /dev/null; then
    echo "fuzz.sh: $compiler is not installed (Debian 12: apt-get install clang-14 lld)" >&2
    exit 1
fi

build_dir="$root/build/fuzz"
fuzzer="$build_dir/csv_import_fuzzer"

echo "== fuzz: build ($build_dir)"
cmake -S tests/fuzz -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" > /dev/null
cmake --build "$build_dir" -j2
if ((build_only)); then
    echo "fuzz: built $fuzzer"
    exit 0
fi

# The fuzzer adds every input that reaches new code to the corpus directory it is given: a
# temporary copy, removed on exit.
work=$(mktemp -d "${TMPDIR:-/tmp}/needlechart-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R tests/fuzz/corpus/csv "$work/corpus"

# Each run saves what it finds in a folder of its own, outside the repository.
artifacts="$build_dir/artifacts/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$artifacts"

# Leaks count as findings; undefined behaviour stops the run with a stack trace. Options already
# in the environment come last, so they win. The memory used climbs slowly as AddressSanitizer
# stores the stack of allocations (about 650 MB after a minute, 850 MB after ten); for a run of
# hours, ASAN_OPTIONS=malloc_context_size=0 keeps it flat at the cost of shorter reports.
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

seeds=$(find tests/fuzz/corpus/csv -type f | wc -l)
echo "== fuzz: ${seconds} s on a copy of tests/fuzz/corpus/csv (${seeds} files)"
rc=0
"$fuzzer" \
    -max_total_time="$seconds" \
    -max_len=4096 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$artifacts/" \
    "$work/corpus" || rc=$?

if ((rc == 0)); then
    rmdir "$artifacts" 2> /dev/null || true
    echo "fuzz: clean after ${seconds} s"
    exit 0
fi

echo
echo "fuzz: the fuzzer stopped with exit code $rc."
mapfile -t found < <(find "$artifacts" -type f | sort)
if ((${#found[@]} == 0)); then
    echo "No input was saved (see the output above)."
else
    echo "The input that did it:"
    printf '    %s\n' "${found[@]}"
    echo "Run it again alone (its report, stack trace included, is repeated):"
    echo "    $fuzzer ${found[0]}"
    echo "Once the bug is fixed, keep the input as a test for ever:"
    echo "    cp ${found[0]} tests/fuzz/corpus/csv/regression-NAME"
    echo "(NAME says in a few words what it broke; see tests/fuzz/corpus/README.md)."
fi
exit "$rc"
