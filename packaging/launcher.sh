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
app=$(cd "$bin/.." && pwd -P)
cfg="$app/lib/app/license-desk.cfg"
main=
classpath=
options=("-Djpackage.app-path=$app/bin/license-desk")
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app/lib/app}
    line=${line//\$ROOTDIR/$app}
    line=${line//\$BINDIR/$app/bin}
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
        options=("${options[@]/#-XX:SharedArchiveFile=*/-XX:SharedArchiveFile=$own}")
    elif mkdir -p "$cache" 2> /dev/null && [ -w "$cache" ]; then
        training="$cache/license-desk.jsa.$$"
        # A dynamic archive is written over the runtime's base one: the installed archive is left out of this run.
        kept=()
        for option in "${options[@]}"; do
            case $option in -XX:SharedArchiveFile=*) ;; *) kept+=("$option") ;; esac
        done
        "${java[@]}" "${kept[@]}" "-XX:ArchiveClassesAtExit=$training" -cp "$classpath" "$main" "$@" &
        child=$!
        trap 'kill -TERM "$child" 2> /dev/null' TERM INT HUP
        status=0
        wait "$child" || status=$?
        # A signal ends the first wait; the JVM is then still writing the archive as it exits.
        while kill -0 "$child" 2> /dev/null; do
            wait "$child" || status=$?
        done
        if [ -s "$training" ]; then
            mv -f "$training" "$own"
        else
            rm -f "$training"
        fi
        exit "$status"
    fi
fi
exec "${java[@]}" "${options[@]}" -cp "$classpath" "$main" "$@"
