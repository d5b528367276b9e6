#!/bin/sh
# Records an application class-data (AppCDS) archive for a jpackage app image and makes the
# launcher use it: starts the app once under a private Xvfb with -XX:ArchiveClassesAtExit,
# waits until it shows live data (or at least its first frame), stops it, then adds
# -XX:SharedArchiveFile=$APPDIR/<archive> to the launcher's .cfg. Called by `mvn -Ppackage`.
#
#   cds-train.sh IMAGE_DIR APP_NAME ARCHIVE_NAME ENABLED [INSTALL_DIR]
#
# Java 17 only accepts the archive when the jars sit at the very paths they had while it was
# recorded. So when INSTALL_DIR is given (/opt/dockyard, where the .deb puts the image) and we
# are root, the run happens in a private mount namespace with the image bind-mounted there:
# the archive then fits the installed app, not the image in target/ (which starts without it
# and says so in one warning line). Elsewhere it records for the image's own place.
#
# Without Xvfb it warns and leaves the image as it is (it works, it just starts slower).
# If the app crashes during the run the build fails: that image would not start for users either.
set -eu
image=$1
name=$2
archive=$3
enabled=${4:-true}
install_dir=${5:-}
cfg="$image/lib/app/$name.cfg"
launcher="$image/bin/$name"
jsa="$image/lib/app/$archive"

if [ "$enabled" != true ]; then
  echo "cds: cds.enabled=$enabled in jlink.properties, no class-data archive"
  exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "cds: WARNING: Xvfb not found (apt-get install xvfb); the image starts without a class-data archive"
  exit 0
fi

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -KILL "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# wait_for FILE PATTERN SECONDS: true once PATTERN appears in FILE, false after the deadline
wait_for() {
  deadline=$(( $(date +%s) + $3 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    grep -q "$2" "$1" 2>/dev/null && return 0
    if [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null; then return 1; fi
    sleep 0.1
  done
  return 1
}

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
wait_for "$work/display" '[0-9]' 15 || { echo "cds: Xvfb did not start"; exit 1; }

rm -f "$jsa"
mkdir -p "$work/config"
image_abs=$(cd "$image" && pwd)
run_dir=$image_abs
set -- "$image_abs/bin/$name"
if [ -n "$install_dir" ] && [ "$(id -u)" = 0 ] && unshare -m --propagation private true 2>/dev/null; then
  run_dir=$install_dir
  # a tmpfs over the parent gives a mount point without touching the real one
  cat >"$work/ns.sh" <<'NS'
set -e
mount -t tmpfs none "$1"
mkdir -p "$2"
mount --bind "$3" "$2"
shift 3
exec "$@"
NS
  set -- unshare -m --propagation private sh "$work/ns.sh" \
    "$(dirname "$install_dir")" "$install_dir" "$image_abs" "$install_dir/bin/$name"
  echo "cds: recording for $install_dir (the installed location)"
elif [ -n "$install_dir" ]; then
  echo "cds: WARNING: cannot bind-mount the image at $install_dir (needs root and unshare);"
  echo "cds:          recording for $run_dir, which the installed .deb cannot use"
fi
DISPLAY=":$(head -n1 "$work/display")" XDG_CONFIG_HOME="$work/config" \
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$run_dir/lib/app/$archive -Ddockyard.timing=true" \
  "$@" >"$work/out" 2>&1 &
app_pid=$!

if wait_for "$work/out" 'dockyard: live' 40; then
  echo "cds: the app showed live data; recording"
elif wait_for "$work/out" 'dockyard: first-frame' 5; then
  echo "cds: WARNING: no 'dockyard: live' line (no engine?); recording the start up to the first frame"
elif kill -0 "$app_pid" 2>/dev/null; then
  echo "cds: WARNING: the app printed no timing lines; recording whatever it loaded so far"
else
  echo "cds: the app exited during the training run:"; cat "$work/out"; exit 1
fi
sleep 2  # let the first layout, animations and the engine's first events settle
kill -TERM "$app_pid"
wait "$app_pid" || true   # SIGTERM exits 143; the archive is written on the way out
app_pid=""

if [ ! -s "$jsa" ]; then
  echo "cds: no archive was written:"; cat "$work/out"; exit 1
fi
grep -v '^java-options=-XX:SharedArchiveFile=' "$cfg" >"$work/cfg"
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s\n' "$archive" >>"$work/cfg"
cat "$work/cfg" >"$cfg"
echo "cds: $(du -h "$jsa" | cut -f1) archive $jsa, launcher uses it"
