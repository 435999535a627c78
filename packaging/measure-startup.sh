#!/usr/bin/env bash
# Measures how long the packaged app takes to show its window: from starting the launcher to
# its window being mapped on the X display, as the median of several runs; with the processor
# time the process and its window thread had used by then (Linux /proc).
#
#   packaging/measure-startup.sh [LAUNCHER] [RUNS]        (needs DISPLAY and xdotool)
#
# Each run uses a fresh cache and preferences folder, so it measures a start on the bundled
# data; the background check for new data does not delay the window. The Linux command
# (lib/app/arenaview.sh) keeps its class archive (AppCDS) in one folder for all runs, made by a
# first run that is not counted, as for someone who starts the app every day; set
# ARENAVIEW_NO_CDS=1 to measure without it, JAVA_TOOL_OPTIONS=-Xshare:off without any archive.
# MEASURE_SEED_CACHE=DIR starts each run on a copy of DIR as its XDG_CACHE_HOME (boards already
# fetched), copied before the clock starts.
set -euo pipefail
launcher=${1:-target/dist/arenaview/bin/arenaview}
shift || true
runs=${1:-7}
: "${DISPLAY:?needs an X display (for example Xvfb :99 and DISPLAY=:99)}"
command -v xdotool >/dev/null || { echo "needs xdotool" >&2; exit 2; }

export ARENAVIEW_CDS_DIR
ARENAVIEW_CDS_DIR=$(mktemp -d)
trap 'rm -rf "$ARENAVIEW_CDS_DIR"' EXIT

times=()
cpus=()
fxs=()
tick=$(getconf CLK_TCK)
for ((i = 0; i <= runs; i++)); do
    scratch=$(mktemp -d)
    if [[ -n "${MEASURE_SEED_CACHE:-}" ]]; then
        cp -a "$MEASURE_SEED_CACHE" "$scratch/cache"
    fi
    start=$(date +%s%N)
    # A session of its own, so that the whole launch (a script and its Java) can be stopped.
    XDG_CACHE_HOME="$scratch/cache" JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Djava.util.prefs.userRoot=$scratch/prefs" \
        setsid "$launcher" >/dev/null 2>&1 &
    pid=$!
    # Poll every 20 ms: xdotool's own --sync waits in half-second steps.
    give_up=$((SECONDS + 60))
    until xdotool search --onlyvisible --name "Arena Viewer" >/dev/null 2>&1; do
        if ((SECONDS > give_up)) || ! kill -0 "$pid" 2>/dev/null; then
            # The launcher ended (or hangs) without a window: say so rather than wait forever.
            echo "run $i: no window; the launcher ended or took over 60 s" >&2
            kill -- -"$pid" 2>/dev/null || true
            exit 1
        fi
        sleep 0.02
    done
    end=$(date +%s%N)
    # Processor time so far, of the whole process and of the window's thread: steadier than the
    # wall clock on a shared machine, where other work takes the processors for minutes at a time.
    java_pid=$(pgrep -n -P "$pid" java 2>/dev/null || echo "$pid")
    cpu=$(awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' "/proc/$java_pid/stat" 2>/dev/null || echo 0)
    fx=0
    for task in /proc/"$java_pid"/task/*; do
        if grep -q '^JavaFX Applicat' "$task/comm" 2>/dev/null; then
            fx=$(awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' "$task/stat")
        fi
    done
    if ((i == 0)); then
        # The warm-up run writes the class archive as Java exits and the script then renames
        # it: stop only Java, and let the script finish.
        sleep 2
        pkill -TERM -P "$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    else
        kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    while xdotool search --onlyvisible --name "Arena Viewer" >/dev/null 2>&1; do
        sleep 0.05
    done
    rm -rf "$scratch"
    if ((i > 0)); then
        times+=($(( (end - start) / 1000000 )))
        cpus+=("$cpu")
        fxs+=("$fx")
    fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "runs (ms): ${times[*]}"
echo "processor time at the window (ms): process ${cpus[*]}; window thread ${fxs[*]}"
echo "median: $(median "${times[@]}") ms (processor time: process $(median "${cpus[@]}") ms, window thread $(median "${fxs[@]}") ms)"
