#!/usr/bin/env bash
# Times NeedleChart's start-up as a whole process (start, first paint of the main window, quit)
# against the floor, a bare QMainWindow with a QTableView (bench/BareWindow.cpp), in one
# hyperfine run; prints NeedleChart's time as a multiple of the floor, and its peak memory, on
# a generated database of N patients (default 100000), as docs/performance.md (section 3)
# describes. The ratio is the figure: both sides run alternately on the same machine in the
# same minute, so it holds on any machine, and better than absolute times on a busy one.
#
#   scripts/measure-startup.sh [N]
#
# Builds needlechart, needlechart_bare_window and needlechart_gendb in $NEEDLECHART_BUILD_DIR
# (default build/default, a `default` preset build: RelWithDebInfo) and needs hyperfine.
# NEEDLECHART_STARTUP_RUNS sets the runs per side (default 60).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

patients=${1:-100000}
build=${NEEDLECHART_BUILD_DIR:-build/default}
runs=${NEEDLECHART_STARTUP_RUNS:-60}
bin=$build/src/app/needlechart
bare=$build/bench/needlechart_bare_window
gendb=$build/bench/needlechart_gendb
dir=${NEEDLECHART_BENCH_DIR:-/tmp/needlechart-bench}
db="$dir/startup-$patients.db"

command -v hyperfine >/dev/null || { echo "hyperfine is missing: scripts/install-deps.sh" >&2; exit 2; }
[ -f "$build/build.ninja" ] || { echo "configure $build first: cmake --preset default -B $build" >&2; exit 2; }
cmake --build "$build" -j2 --target needlechart needlechart_bare_window needlechart_gendb
mkdir -p "$dir"
if [ ! -f "$db" ]; then
    echo "generating $patients patients into $db ..."
    "$gendb" "$db" "$patients" >/dev/null
fi

export QT_QPA_PLATFORM=offscreen
# Settings and logs go to a throw-away home, so a saved window geometry or sort order from a
# person's own use cannot change what is measured, and the runs leave nothing behind.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_STATE_HOME=$scratch/state XDG_DATA_HOME=$scratch/data

# One hyperfine run, the two programs alternating in blocks of $block runs: on a machine that
# is busy with other work (a build, say) the load changes over a minute, and alternating gives
# both sides the same share of it. The times are pooled per program afterwards.
json=$scratch/startup.json
block=10
rounds=$(( (runs + block - 1) / block ))
commands=()
for round in $(seq "$rounds"); do
    commands+=(-n "bare $round" "$bare --quit-after-show")
    commands+=(-n "needlechart $round" "$bin --database $db --quit-after-show")
done
hyperfine --warmup 2 --runs "$block" -N --style basic --export-json "$json" "${commands[@]}" >/dev/null
python3 - "$json" <<'PY'
import json, statistics, sys
pooled = {}
for result in json.load(open(sys.argv[1]))["results"]:
    side = pooled.setdefault(result["command"].split()[0], {"times": [], "cpu": []})
    side["times"] += result["times"]
    side["cpu"] += [result["user"] + result["system"]] * len(result["times"])
def show(name):
    side = pooled[name]
    times = side["times"]
    print(f"{name:12} {len(times)} runs: median {statistics.median(times) * 1e3:6.1f} ms, "
          f"mean {statistics.mean(times) * 1e3:6.1f} ms ± {statistics.stdev(times) * 1e3:4.1f}, "
          f"min {min(times) * 1e3:6.1f} ms; CPU (user + system) {statistics.mean(side['cpu']) * 1e3:6.1f} ms")
    return statistics.median(times), statistics.mean(side["cpu"]), min(times)
bare, app = show("bare"), show("needlechart")
print(f"ratio needlechart / bare: {app[0] / bare[0]:.2f}x (medians), "
      f"{app[2] / bare[2]:.2f}x (minimums), {app[1] / bare[1]:.2f}x (CPU time)")
PY
/usr/bin/time -v "$bin" --database "$db" --quit-after-show 2>&1 | grep -E "Maximum resident set size"
