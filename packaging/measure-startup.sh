#!/usr/bin/env bash
# Measures how long the packaged app takes to show its window: from starting the launcher to
# its window being mapped on the X display, as the median of several runs.
#
#   packaging/measure-startup.sh [LAUNCHER] [RUNS]        (needs DISPLAY and xdotool)
#
# Each run uses a fresh cache and preferences folder, so it measures a first start on the
# bundled data; the background check for new data does not delay the window.
# Set JAVA_TOOL_OPTIONS=-Xshare:off to measure without the class-data-sharing archive.
set -euo pipefail
launcher=${1:-target/dist/arenaview/bin/arenaview}
shift || true
runs=${1:-7}
: "${DISPLAY:?needs an X display (for example Xvfb :99 and DISPLAY=:99)}"
command -v xdotool >/dev/null || { echo "needs xdotool" >&2; exit 2; }

times=()
for ((i = 1; i <= runs; i++)); do
    scratch=$(mktemp -d)
    start=$(date +%s%N)
    XDG_CACHE_HOME="$scratch/cache" JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Djava.util.prefs.userRoot=$scratch/prefs" \
        "$launcher" >/dev/null 2>&1 &
    pid=$!
    # Poll every 20 ms: xdotool's own --sync waits in half-second steps.
    until xdotool search --onlyvisible --name "Arena Viewer" >/dev/null 2>&1; do
        sleep 0.02
    done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$scratch"
    times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}"
echo "median: ${sorted[$((runs / 2))]} ms"
