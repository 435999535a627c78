#!/usr/bin/env bash
# Makes the README's screenshots of the real window, on a stand-in of LMArena's dataset served
# on 127.0.0.1 (see docs/screenshots/README.md):
#   docs/screenshots/window-arenas.png          the arena picker open (the ten boards)
#   docs/screenshots/window-categories.png      the category picker open (find field, categories)
#   docs/screenshots/window-history-lmarena.png the History chart of eight models since 2023
# 1. builds the jar (mvn -DskipTests package; MVN_FLAGS="-o" for offline), compiles
#    src/jmh/.../ScreenshotDataset.java with javac (the benchmarks profile is not needed);
# 2. ScreenshotDataset writes the text board (benchmarks/screenshots/text-models.txt) as Parquet
#    under target/shots/dataset and serves it as Hugging Face does (HubStandIn);
# 3. starts Xvfb (1280x800), the window with a fresh HOME, XDG_CACHE_HOME and java prefs, and
#    drives it with xdotool; ImageMagick's `import` takes the screen.
# Usage: benchmarks/screenshots.sh [--no-build]
# Needs: JDK 17, Maven, Xvfb, xdotool, ImageMagick, GTK 3
#        (Debian: apt-get install xvfb xdotool imagemagick libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/shots
out=$root/docs/screenshots
display=${SHOTS_DISPLAY:-:97}

if [ "${1:-}" != "--no-build" ]; then
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} -DskipTests package
fi
mkdir -p "$work/classes"
cp="$work/classes:target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
javac -d "$work/classes" -cp "$cp" src/jmh/java/dev/arenaview/bench/ScreenshotDataset.java

pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

wait_for() { # seconds, description, command...
    local seconds=$1 what=$2
    shift 2
    for _ in $(seq $((seconds * 4))); do
        if "$@" > /dev/null 2>&1; then
            return 0
        fi
        sleep 0.25
    done
    echo "screenshots: timed out waiting for $what" >&2
    exit 1
}

# The stand-in of Hugging Face.
rm -rf "$work/dataset" "$work/endpoint" "$work/home"
java -cp "$cp" dev.arenaview.bench.ScreenshotDataset benchmarks/screenshots/text-models.txt \
    "$work/dataset" --serve "$work/endpoint" > "$work/hub.log" 2>&1 &
pids+=($!)
wait_for 120 "the dataset's stand-in" test -s "$work/endpoint"
endpoint=$(cat "$work/endpoint")
cat "$work/hub.log"

# The table's order, from the command line on the same data: where the models to chart are.
home=$work/home
mkdir -p "$home/cache" "$home/prefs"
HOME=$home java -jar target/arenaview.jar export --lang en --refresh --source-url "$endpoint" \
    --cache-dir "$work/cli-cache" --output - 2> /dev/null \
    | awk -F'|' '/^\| +[0-9]/ {print $4}' \
    | sed -e 's/^ *//' -e 's/ *$//' -e 's/^\[\(.*\)\](.*)$/\1/' > "$work/order.txt"
charted="gemini-3-pro gemini-2.5-pro deepseek-r1 gpt-4o-2024-05-13 claude-3-opus-20240229 gpt-4-0314
         mixtral-8x7b-instruct-v0.1 llama-2-70b-chat"
rows=()
for model in $charted; do
    n=$(grep -nxF "$model" "$work/order.txt" | cut -d: -f1)
    [ -n "$n" ] || { echo "screenshots: $model is not on the board" >&2; exit 1; }
    rows+=("$n")
done
mapfile -t rows < <(printf '%s\n' "${rows[@]}" | sort -n)
[ "${rows[0]}" = 1 ] || { echo "screenshots: the first charted model must be the first row" >&2; exit 1; }

# The screen and the window: fresh settings and cache; the stand-in given as the window's
# --source-url, which overrides the settings for the run.
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
wait_for 20 "Xvfb" xdpyinfo
(cd "$home" && HOME=$home XDG_CACHE_HOME=$home/cache LANG=C.UTF-8 \
    exec java -Djava.util.prefs.userRoot="$home/prefs" -Duser.language="${SHOTS_LANGUAGE:-en}" -Duser.country=US \
    -jar "$root/target/arenaview.jar" --source lmarena --source-url "$endpoint" > "$work/app.log" 2>&1) &
pids+=($!)
wait_for 60 "the window" xdotool search --onlyvisible --class ArenaViewApp
window=$(xdotool search --onlyvisible --class ArenaViewApp | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
# The start's check fetches the newest boards: wait until they are cached and shown.
wait_for 60 "the newest boards" sh -c "find '$home/cache' -name '*.parquet' | grep -q ."
sleep 4

shot() {
    xdotool mousemove 1100 45   # off the controls: no hover highlight in the picture
    sleep 0.8
    import -window root "$out/$1"
    echo "wrote docs/screenshots/$1"
}

# (a) The arena picker.
xdotool mousemove 130 45 click 1
sleep 1
shot window-arenas.png
xdotool key Escape
sleep 0.5

# (b) The category picker.
xdotool mousemove 333 45 click 1
sleep 1
shot window-categories.png
xdotool key Escape
sleep 0.5

# (c) The History chart: select the models (first row by a click on its rank, the others with
# Ctrl+Down and Ctrl+Space), open the charts (Ctrl+G), the History tab, agree to the download.
xdotool mousemove 50 141 click 1
at=1
for n in "${rows[@]:1}"; do
    keys=()
    for _ in $(seq $((n - at))); do keys+=(ctrl+Down); done
    xdotool key --delay 10 "${keys[@]}"
    xdotool key ctrl+space
    at=$n
done
xdotool key ctrl+Home   # back to the top, keeping the selection
sleep 0.5
xdotool key ctrl+g
sleep 2
xdotool mousemove 989 158 click 1
sleep 2
xdotool key Return      # "Download the whole Text history?": Download
wait_for 120 "the history download" sh -c "test \$(find '$home/cache' -name 'full*.parquet' | wc -l) -ge 2"
# A wider chart: the divider (x 703) dragged to just after the Score column.
xdotool mousemove 703 450
sleep 0.3
xdotool mousedown 1
for x in 695 685 675 665 655 650; do
    sleep 0.05
    xdotool mousemove "$x" 450
done
xdotool mouseup 1
sleep 5
shot window-history-lmarena.png
