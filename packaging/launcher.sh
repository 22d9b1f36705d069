#!/bin/bash
# License Desk's launcher, put in the app-image in place of jpackage's (bin/license-desk). It starts the bundled
# runtime's java with the main class, class path and options jpackage wrote into lib/app/license-desk.cfg (which
# class-data.sh adds its archive to). jpackage's native launcher for Java 17 asks rpm and dpkg which package owns it
# before every start, an eighth of a second here and more on a desktop with many packages; see
# docs/decisions/a-launcher-that-asks-no-package-manager.md.
set -u
here=${BASH_SOURCE[0]}
[ -L "$here" ] && here=$(readlink -f "$here")
case $here in
    */*) bin=${here%/*} ;;
    *) bin=. ;;
esac
app=$(cd -P "$bin/.." && pwd -P)
cfg="$app/lib/app/license-desk.cfg"
main=
classpath=
options=("-Djpackage.app-path=$app/bin/license-desk")
while IFS= read -r line || [ -n "$line" ]; do
    # Quoted: bash 5.2 reads an unquoted & in a replacement as the text replaced.
    line=${line//\$APPDIR/"$app/lib/app"}
    line=${line//\$ROOTDIR/"$app"}
    line=${line//\$BINDIR/"$app/bin"}
    case $line in
        app.mainclass=*) main=${line#app.mainclass=} ;;
        app.classpath=*) classpath+=${classpath:+:}${line#app.classpath=} ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$cfg"
if [ -z "$main" ]; then
    echo "License Desk: $cfg names no main class; install the application again" >&2
    exit 1
fi
java=("$app/lib/runtime/bin/java")
installed="$app/lib/app/license-desk.jsa"
# The installed class-data archive covers the window's classes only when class-data.sh trained it with a window (it
# leaves license-desk.jsa-window beside it). Where it did not, as a package's postinst without a display, each user's
# first window trains an archive of their own, written as that session ends; their later windows start from it. It is
# made again after the installed one is (an upgrade).
if { [ $# -eq 0 ] || { [ $# -eq 1 ] && [ "$1" = --kiosk ]; }; } && [ -f "$installed" ] \
        && [ ! -e "$installed-window" ] && [ -n "${HOME:-}" ]; then
    cache="${XDG_CACHE_HOME:-$HOME/.cache}/license-desk"
    own="$cache/license-desk.jsa"
    if [ -s "$own" ] && [ "$own" -nt "$installed" ]; then
        options=("${options[@]/#-XX:SharedArchiveFile=*/"-XX:SharedArchiveFile=$own"}")
    elif mkdir -p "$cache" 2> /dev/null && [ -w "$cache" ]; then
        # What a training that never ended left behind (its process gone): some 60 MB each.
        for left in "$cache"/license-desk.jsa.*; do
            [ -e "$left" ] && ! kill -0 "${left##*.}" 2> /dev/null && rm -f "$left"
        done
        training="$cache/license-desk.jsa.$$"
        installedAt=$(stat -c %Y "$installed")
        # A dynamic archive is written over the runtime's base one: the installed archive is left out of this run.
        kept=()
        for option in "${options[@]}"; do
            case $option in -XX:SharedArchiveFile=*) ;; *) kept+=("$option") ;; esac
        done
        child=
        trap '[ -n "$child" ] && kill -TERM "$child" 2> /dev/null' TERM INT HUP
        "${java[@]}" "${kept[@]}" "-XX:ArchiveClassesAtExit=$training" -cp "$classpath" "$main" "$@" &
        child=$!
        status=0
        wait "$child" || status=$?
        # A signal ends the first wait; the JVM is then still writing the archive as it exits.
        while kill -0 "$child" 2> /dev/null; do
            wait "$child" || status=$?
        done
        # Kept only when the window ended as it should (closed, or asked to end), the installation did not change
        # meanwhile, and the JVM maps it: a JVM stopped while writing leaves a file it would refuse at every start.
        if { [ "$status" -eq 0 ] || [ "$status" -eq 143 ]; } && [ -s "$training" ] \
                && [ "$(stat -c %Y "$installed" 2> /dev/null)" = "$installedAt" ] \
                && "${java[@]}" -Xshare:on -Xlog:cds*=off,class+path*=off -XX:ErrorFile=/dev/null \
                    -XX:-CreateCoredumpOnCrash "-XX:SharedArchiveFile=$training" -cp "$classpath" -version \
                    > /dev/null 2>&1; then
            mv -f "$training" "$own"
        else
            rm -f "$training"
        fi
        exit "$status"
    fi
fi
exec "${java[@]}" "${options[@]}" -cp "$classpath" "$main" "$@"
