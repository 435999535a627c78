#!/bin/sh
# The command and the menu entry of the Linux package (/usr/bin/arenaview links here).
#
# It starts the bundled runtime itself rather than through jpackage's launcher (bin/arenaview),
# which runs `dpkg -S` and `rpm -qf` on itself at every start to find its package: about 150 ms
# lost on every window and every unattended `arenaview export` (BENCHMARKS.md).
#
# It also keeps, per user, an archive of the classes a start loads (AppCDS: parsed and verified
# once instead of at every start), one for the window and one for the command line: the first
# start of each writes it as it exits, later starts map it in. Java 17 cannot do this by itself
# (-XX:+AutoCreateSharedArchive came in Java 19). An archive of another build is never used: its
# name carries the app jar's time stamp, and Java also checks it against the runtime and the jars.
app=$(dirname "$(readlink -f "$0")")
root=$(dirname "$(dirname "$app")")
java="$root/lib/runtime/bin/java"
cp="$app/arenaview.jar"
for jar in "$app"/lib/*.jar; do
    cp="$cp:$jar"
done
# Java's own logging would print archive warnings into a report written to standard output.
opts="-Dfile.encoding=UTF-8 -Xlog:disable -Xlog:all=error:stderr"

case "${1:-}" in
    export|fetch|list|help|-h|--help|-V|--version) kind=cli ;;
    *) kind=window ;;
esac
build=$(stat -c %Y "$app/arenaview.jar" 2>/dev/null || echo 0)
cds_dir="${ARENAVIEW_CDS_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/arenaview/cds}"
archive="$cds_dir/$kind-$build.jsa"

if [ -f "$archive" ]; then
    exec "$java" -XX:SharedArchiveFile="$archive" -Xshare:auto $opts -cp "$cp" dev.arenaview.app.Main "$@"
fi
if [ -n "${ARENAVIEW_NO_CDS:-}" ] || ! mkdir -p "$cds_dir" 2>/dev/null; then
    exec "$java" $opts -cp "$cp" dev.arenaview.app.Main "$@"
fi
# Written under a name of its own and renamed when whole, so that two first starts at once
# cannot leave half an archive for the next one.
tmp="$archive.$$.part"
trap 'rm -f "$tmp"' EXIT
"$java" -XX:ArchiveClassesAtExit="$tmp" $opts -cp "$cp" dev.arenaview.app.Main "$@"
status=$?
if [ -s "$tmp" ]; then
    rm -f "$cds_dir"/"$kind"-*.jsa
    mv -f "$tmp" "$archive"
fi
exit $status
