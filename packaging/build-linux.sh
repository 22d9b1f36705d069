#!/usr/bin/env bash
# Builds License Desk's Linux packages with the JDK's jpackage (17 or newer):
#   packaging/build-linux.sh            the app-image and the .deb
#   packaging/build-linux.sh app-image  the app-image only (what CI checks)
# Output: target/jpackage/image/license-desk (app-image), target/jpackage/dist/*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
out=target/jpackage

./mvnw -B -q package -DskipTests
version=$(sed -n 's/^version=//p' target/classes/license-desk-build.properties)
rm -rf "$out"
mkdir -p "$out/input" "$out/modules"
./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out/libs"
# JavaFX goes into the runtime as modules (its platform jars); everything else runs on the class path.
mv "$out"/libs/javafx-*-linux.jar "$out/modules/"
rm -f "$out"/libs/javafx-*.jar
mv "$out"/libs/*.jar "$out/input/"
cp "target/license-desk-$version.jar" "$out/input/"
# The postinst makes the class-data archive again where the package installs the application (see the script).
cp packaging/class-data.sh "$out/input/"
classpath=$(find "$out/input" -name '*.jar' | sort | paste -sd: -)
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$classpath" "$out/input/license-desk-$version.jar")

# The launcher's JVM options beside the encoding: the collector and heap sizes of packaging/java-options (see the
# README's Decisions: a catalogue import of a million keys in under 300 MB, few collections at the start).
java_options="-Dfile.encoding=UTF-8 $(cat packaging/java-options)"

start=$(date +%s)
jpackage --type app-image \
    --name license-desk \
    --app-version "$version" \
    --vendor "License Desk" \
    --description "License Desk: product keys, licences and customer accounts for the Customer Licensing Portal" \
    --icon packaging/license-desk.png \
    --input "$out/input" \
    --main-jar "license-desk-$version.jar" \
    --main-class com.licensedesk.app.Main \
    --module-path "$out/modules" \
    --add-modules "$modules,javafx.controls,javafx.fxml,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,ja --generate-cds-archive" \
    --java-options "$java_options" \
    --dest "$out/image"
# Our launcher in place of jpackage's, which asks rpm and dpkg which package owns it at every start (see the script).
install -m 755 packaging/launcher.sh "$out/image/license-desk/bin/license-desk"
"$out/image/license-desk/lib/app/class-data.sh" "$out/image/license-desk"
echo "app-image: $(du -sh "$out/image/license-desk" | cut -f1) in $(( $(date +%s) - start )) s"

if [ "$what" = "all" ] || [ "$what" = "deb" ]; then
    start=$(date +%s)
    # The app-image's class-data archive names this build folder's paths, so the postinst makes its own where the
    # package installs: the .deb carries none (some 60 MB the postinst would only replace).
    rm -rf "$out/deb-image"
    cp -a "$out/image" "$out/deb-image"
    rm -f "$out/deb-image/license-desk/lib/app/license-desk.jsa" "$out/deb-image/license-desk/lib/app/license-desk.jsa-window"
    # jpackage does not see that JavaFX needs GTK 3, nor that Japanese text needs a Japanese font: declared here.
    jpackage --type deb \
        --app-image "$out/deb-image/license-desk" \
        --name license-desk \
        --app-version "$version" \
        --vendor "License Desk" \
        --description "License Desk: product keys, licences and customer accounts for the Customer Licensing Portal" \
        --icon packaging/license-desk.png \
        --resource-dir packaging/linux \
        --linux-package-name license-desk \
        --linux-package-deps "libgtk-3-0" \
        --linux-menu-group Office \
        --linux-app-category misc \
        --linux-shortcut \
        --dest "$out/dist"
    echo "deb: $(du -sh "$out"/dist/*.deb | cut -f1) in $(( $(date +%s) - start )) s"
fi
