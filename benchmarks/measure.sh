#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports, on this machine:
#   1. generates leaderboard CSVs of 300, 100k and 1M rows (target/bench/);
#   2. runs the JMH benchmarks (read, sort, filter, report) -> target/jmh-result.json;
#   3. times the CLI export of the bundled data (wall clock, median of 11): java -jar, and the
#      packaged command with its class archive;
#   4. with a display: the packaged window against a bare JavaFX window (packaging/measure-startup.sh),
#      and the window's own timings on the 1M file (WindowTimings: first rows, full load, header
#      clicks, keystrokes, the longest freeze of the JavaFX thread, heap);
#   5. with VisiData installed (Debian: visidata, tmux): its first screen and full load of the 1M file.
# Usage: benchmarks/measure.sh [--quick]   (--quick skips JMH)
# Needs: JDK 17, Maven; for 4 an X display (Xvfb) and xdotool, and `mvn -Pdist package` done before.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
mkdir -p target/bench

mvn -B -q -Pbenchmarks -DskipTests package test-compile
cp="target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')"
for rows in 300 100000 1000000; do
    [ -f "target/bench/leaderboard-$rows.csv" ] || \
        java -cp "$cp" dev.arenaview.bench.GenerateLeaderboard "$rows" "target/bench/leaderboard-$rows.csv"
done
ls -l target/bench/*.csv

if [ "$quick" != "--quick" ]; then
    mvn -B -q -Pbenchmarks exec:exec
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_export() {
    for i in $(seq 11); do
        s=$(date +%s%N); "$@" export > /dev/null; e=$(date +%s%N)
        echo $(( (e - s) / 1000000 ))
    done | median
}
echo "== CLI export of the bundled data (ms, median of 11)"
echo "java -jar: $(time_export java -jar target/arenaview.jar)"
command=target/dist/arenaview/lib/app/arenaview.sh
if [ -x "$command" ]; then
    export ARENAVIEW_CDS_DIR
    ARENAVIEW_CDS_DIR=$(mktemp -d)
    "$command" export > /dev/null   # the first run writes the class archive
    echo "packaged command: $(time_export "$command")"
    rm -rf "$ARENAVIEW_CDS_DIR"
    unset ARENAVIEW_CDS_DIR
fi

if [ -n "${DISPLAY:-}" ] && [ -x target/dist/arenaview/bin/arenaview ]; then
    echo "== window of the packaged app (the installed command, with its class archive)"
    packaging/measure-startup.sh target/dist/arenaview/lib/app/arenaview.sh 9
    echo "== bare JavaFX window on the same runtime"
    hello=$(mktemp)
    printf '#!/bin/sh\nexec %s -cp %s dev.arenaview.bench.HelloWindow\n' \
        "$PWD/target/dist/arenaview/lib/runtime/bin/java" "$PWD/target/test-classes" > "$hello"
    chmod +x "$hello"
    # The baseline's title also contains "Arena Viewer", which is what the script waits for.
    packaging/measure-startup.sh "$hello" 9
    rm -f "$hello"
    echo "== the window on the 1M-row file (3 runs)"
    for i in 1 2 3; do
        # The options of the packaged runtime (pom: jlink --add-options), as there.
        java -Xmx3g -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=4 -Xmn16m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Dtimings.file=target/bench/leaderboard-1000000.csv -cp "$cp" dev.arenaview.bench.WindowTimings 2>/dev/null
    done
fi

if command -v vd >/dev/null && command -v tmux >/dev/null; then
    echo "== VisiData on the 1M-row file: first screen, full load (ms)"
    file="$PWD/target/bench/leaderboard-1000000.csv"
    for i in 1 2 3; do
        tmux kill-session -t vdbench 2>/dev/null || true
        s=$(date +%s%N)
        tmux new-session -d -s vdbench -x 200 -y 50 "vd '$file'"
        until tmux capture-pane -p -t vdbench | grep -q 'Nemotron\|Gemini\|Claude\|GPT'; do sleep 0.02; done
        first=$(( ($(date +%s%N) - s) / 1000000 ))
        # While loading, VisiData shows a percentage in the bottom line; it is gone when done.
        until ! tmux capture-pane -p -t vdbench | tail -1 | grep -q '%'; do sleep 0.05; done
        until tmux capture-pane -p -t vdbench | tail -1 | grep -q '1000000'; do sleep 0.05; done
        full=$(( ($(date +%s%N) - s) / 1000000 ))
        tmux kill-session -t vdbench
        echo "first screen $first, loaded $full"
    done
fi
