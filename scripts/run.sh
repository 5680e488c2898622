#!/usr/bin/env bash
# Builds NeedleChart (preset `default`) and starts it. Arguments go to the application:
#
#   scripts/run.sh                          open the database in the user's data folder
#   scripts/run.sh --database /tmp/x.db     open (or create) another file
#   scripts/run.sh --help                   list every option
#
# On first start the application creates a demo database in ~/.local/share/NeedleChart.
# Without a display (no DISPLAY or WAYLAND_DISPLAY) it runs under a virtual X server.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/build.sh default

app=build/default/src/app/needlechart
if [[ ! -x "$app" ]]; then
    echo "run.sh: the build finished but $app is missing." >&2
    exit 1
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || -n "${QT_QPA_PLATFORM:-}" ]]; then
    exec "$app" "$@"
fi

echo "run.sh: no DISPLAY or WAYLAND_DISPLAY is set, so NeedleChart runs under a virtual X" \
     "server (xvfb-run) and its window is not visible. To see it, run from a desktop session" \
     "(or with ssh -X); to look at it here, pass --screenshot FILE.png." >&2
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
