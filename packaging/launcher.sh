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
exec "$app/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
