#!/usr/bin/env bash
# AppCDS for the packaged launcher. A training run archives the classes License Desk loads (a JDK 13+ dynamic archive
# on top of the runtime's own, which jlink's --generate-cds-archive made); the launcher then maps them instead of
# loading and verifying them at every start. Java 17 ties the archive to the jars' absolute paths: it is made where
# the application lives, by the build for the app-image and again by the package's postinst where it installs.
# With a display (or xvfb-run) the training opens the window until its first screen is shown; without one it runs a
# catalogue import, which covers the database's classes only. An archive that does not fit is left aside silently.
#   class-data.sh <app-image folder> [--no-window]    e.g. target/jpackage/image/license-desk, /opt/license-desk
# --no-window trains with the catalogue import even where a display is at hand (the package's postinst).
set -euo pipefail
app=$(cd "$1" && pwd)
window=yes
[ "${2:-}" = "--no-window" ] && window=no
cfg="$app/lib/app/license-desk.cfg"
java="$app/lib/runtime/bin/java"
archive="$app/lib/app/license-desk.jsa"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# The class path exactly as the launcher gives it, in its order: the archive is valid for that one only.
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app/lib/app|" | paste -sd: -)
# Trained with the launcher's own options (its collector among them), which the cfg lists one to a line.
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xlog')
train=("$java" "-XX:ArchiveClassesAtExit=$archive" -Xlog:cds*=off "${options[@]}" -cp "$classpath"
    com.licensedesk.app.Main)
rm -f "$archive" "$archive-window"
if [ "$window" = yes ] && ! { [ -n "${DISPLAY:-}" ] || command -v xvfb-run > /dev/null; }; then
    window=no
fi
if [ "$window" = yes ]; then
    [ -z "${DISPLAY:-}" ] && train=(xvfb-run -a -s "-screen 0 1280x900x24" "${train[@]}")
    # The window stays open until told to end: ended with SIGTERM a moment after the log says its database is open
    # (it opens once the first screen is shown); the JVM writes the archive as it exits.
    LICENSEDESK_HOME="$home/desk" HOME="$home" "${train[@]}" > "$home/log" 2>&1 &
    trainer=$!
    shown=no
    for _ in $(seq 1 120); do
        grep -q "first window shown" "$home/log" && { shown=yes; break; }
        kill -0 "$trainer" 2> /dev/null || break
        sleep 0.5
    done
    if [ "$shown" = yes ]; then
        for _ in $(seq 1 120); do
            grep -q "database open" "$home/log" && break
            kill -0 "$trainer" 2> /dev/null || break
            sleep 0.5
        done
        sleep 1
    fi
    pkill -TERM -f "^$java -XX:ArchiveClassesAtExit=$archive" || true
    wait || true
    if [ "$shown" = no ]; then
        # Without GTK 3 (libgtk-3-0) or a working display JavaFX opens no window, and the archive would hold a few
        # megabytes of start-up classes only: said loudly, and trained on the catalogue import instead.
        echo "WARNING: the training window did not open (is libgtk-3-0 installed? its log says:);" \
            "the class-data archive is trained on a catalogue import instead and covers less of the start" >&2
        grep -m 3 -iE "error|exception|unable|cannot" "$home/log" >&2 || tail -3 "$home/log" >&2 || true
        rm -f "$archive"
        window=no
    fi
fi
if [ "$window" = no ]; then
    printf 'key,product,package,seats,expires,license_type,console_url\nCD-1234-ABCD-EFGH-JKLM,Training,,1,2030-01-01,FULL,\n' \
        > "$home/keys.csv"
    LICENSEDESK_HOME="$home/desk" HOME="$home" "${train[@]}" catalog import "$home/keys.csv" > /dev/null 2>&1 || true
fi
if ! grep -q 'SharedArchiveFile' "$cfg"; then
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/license-desk.jsa\njava-options=-Xlog:cds*=off,class+path*=off\n' \
        >> "$cfg"
fi
# Says to the launcher that the archive covers the window: where it does not, each user's first window makes one.
if [ -f "$archive" ] && [ "$window" = yes ]; then
    touch "$archive-window"
    chmod a+r "$archive-window"
fi
if [ -f "$archive" ]; then
    chmod a+r "$archive"
    echo "class-data archive: $(du -sh "$archive" | cut -f1)"
else
    echo "class-data archive: not made; the launcher starts without it"
fi
