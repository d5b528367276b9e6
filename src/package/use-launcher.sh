#!/bin/sh
# Puts Dockyard's own launcher (src/package/launcher.sh) in place of the native one jpackage wrote
# into an app image; launcher.sh says why. Called by `mvn -Ppackage` right after jpackage.
#
#   use-launcher.sh IMAGE_DIR APP_NAME
set -eu
image=$1
name=$2
here=$(dirname "$0")
[ -f "$image/lib/app/$name.cfg" ] || { echo "launcher: no $image/lib/app/$name.cfg"; exit 1; }
cp "$here/launcher.sh" "$image/bin/$name"
chmod 755 "$image/bin/$name"
# java under the app's name, so process lists show the app
cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/$name"
"$image/bin/$name" --help >/dev/null || { echo "launcher: $image/bin/$name --help failed"; exit 1; }
echo "launcher: $image/bin/$name starts Java directly"
