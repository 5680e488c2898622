#!/usr/bin/env bash
# Times NeedleChart's start-up as a whole process and reports its peak memory, on a generated
# database of N patients (default 100000), as docs/performance.md describes.
#
#   scripts/measure-startup.sh [N]
#
# Needs a built `default` preset (scripts/test.sh or scripts/run.sh) and hyperfine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

patients=${1:-100000}
bin=build/default/src/app/needlechart
gendb=build/default/bench/needlechart_gendb
dir=${NEEDLECHART_BENCH_DIR:-/tmp/needlechart-bench}
db="$dir/startup-$patients.db"

[ -x "$bin" ] && [ -x "$gendb" ] || { echo "build first: scripts/test.sh" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is missing: scripts/install-deps.sh" >&2; exit 2; }
mkdir -p "$dir"
if [ ! -f "$db" ]; then
    echo "generating $patients patients into $db ..."
    "$gendb" "$db" "$patients" >/dev/null
fi

export QT_QPA_PLATFORM=offscreen
hyperfine --warmup 3 --runs 40 -N "$bin --database $db --quit-after-show"
/usr/bin/time -v "$bin" --database "$db" --quit-after-show 2>&1 | grep -E "Maximum resident set size"
