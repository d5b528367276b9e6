#!/bin/sh
# Records an application class-data (AppCDS) archive for the packaged Dockyard and makes its
# launcher use it: starts the app once under a private Xvfb with -XX:ArchiveClassesAtExit,
# waits until it shows live data (or at least its first frame), stops it, and adds
# -XX:SharedArchiveFile=$APPDIR/<archive> to the launcher's .cfg. Called by `mvn -Ppackage`.
#
#   cds-train.sh image IMAGE_DIR APP_NAME ARCHIVE ENABLED
#       records for the app image where it stands (target/jpackage/image/Dockyard)
#   cds-train.sh deb-tree DEB_ROOT APP_NAME ARCHIVE ENABLED INSTALL_DIR
#       records for INSTALL_DIR (/opt/dockyard) in a .deb unpacked at DEB_ROOT (finish-deb.sh
#       unpacks the .deb, calls this, and packs it again)
#
# Java 17 only accepts the archive when every jar has the path, size and modification time it
# had while the archive was recorded. jpackage copies the image into the .deb (new times) and
# dpkg installs it elsewhere, so the .deb gets its own archive: recorded on the unpacked .deb
# (whose times dpkg keeps on install), bind-mounted at INSTALL_DIR in a private mount namespace.
# That needs root and unshare; without them the archive is left out of the .deb (it still works,
# it just starts slower). Without Xvfb likewise. If the app crashes during a run the build fails:
# that package would not start for users either.
set -eu
mode=$1
target=$2
name=$3
archive=$4
enabled=${5:-true}
install_dir=${6:-}

if [ "$enabled" != true ]; then
  echo "cds: cds.enabled=$enabled in jlink.properties, no class-data archive"
  exit 0
fi

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
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

# set_archive_option CFG on|off: the launcher's .cfg names the archive, or does not
set_archive_option() {
  grep -v '^java-options=-XX:SharedArchiveFile=' "$1" >"$work/cfg"
  if [ "$2" = on ]; then
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s\n' "$archive" >>"$work/cfg"
  fi
  cat "$work/cfg" >"$1"
}

# record APP_DIR_SEEN_BY_APP COMMAND...: runs COMMAND (the launcher) with the archive written to
# APP_DIR_SEEN_BY_APP/lib/app/ARCHIVE, stops it once it is live, fails if nothing was written
record() {
  seen=$1
  shift
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "cds: WARNING: Xvfb not found (apt-get install xvfb): no class-data archive"
    return 1
  fi
  if [ -z "$xvfb_pid" ]; then
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    wait_for "$work/display" '[0-9]' 15 || { echo "cds: Xvfb did not start"; exit 1; }
  fi
  mkdir -p "$work/config"
  DISPLAY=":$(head -n1 "$work/display")" XDG_CONFIG_HOME="$work/config" \
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$seen/lib/app/$archive -Ddockyard.timing=true" \
    "$@" >"$work/out" 2>&1 &
  app_pid=$!
  if wait_for "$work/out" 'dockyard: live' 60; then
    echo "cds: the app showed live data; recording"
  elif wait_for "$work/out" 'dockyard: first-frame' 5; then
    echo "cds: WARNING: no 'dockyard: live' line (no engine?); recording up to the first frame"
  elif kill -0 "$app_pid" 2>/dev/null; then
    echo "cds: WARNING: the app printed no timing lines; recording what it loaded so far"
  else
    echo "cds: the app exited during the training run:"; cat "$work/out"; exit 1
  fi
  sleep 2  # let the first layout, animations and the engine's first events settle
  kill -TERM "$app_pid"
  wait "$app_pid" || true  # SIGTERM exits 143; the archive is written on the way out
  app_pid=""
}

train_image() {
  image=$(cd "$target" && pwd)
  rm -f "$image/lib/app/$archive"
  set_archive_option "$image/lib/app/$name.cfg" off
  record "$image" "$image/bin/$name" || return 0
  [ -s "$image/lib/app/$archive" ] || { echo "cds: no archive was written:"; cat "$work/out"; exit 1; }
  set_archive_option "$image/lib/app/$name.cfg" on
  echo "cds: $(du -h "$image/lib/app/$archive" | cut -f1) archive for $image"
}

train_deb_tree() {
  app="$target$install_dir"
  rm -f "$app/lib/app/$archive"  # the image's archive fits only the image's own place
  set_archive_option "$app/lib/app/$name.cfg" off
  if [ "$(id -u)" = 0 ] && unshare -m --propagation private true 2>/dev/null; then
    # a tmpfs over the parent gives a mount point without touching the real one
    cat >"$work/ns.sh" <<'NS'
set -e
mount -t tmpfs none "$1"
mkdir -p "$2"
mount --bind "$3" "$2"
shift 3
exec "$@"
NS
    if record "$install_dir" unshare -m --propagation private sh "$work/ns.sh" \
        "$(dirname "$install_dir")" "$install_dir" "$app" "$install_dir/bin/$name"; then
      [ -s "$app/lib/app/$archive" ] || { echo "cds: no archive was written:"; cat "$work/out"; exit 1; }
      set_archive_option "$app/lib/app/$name.cfg" on
      echo "cds: $(du -h "$app/lib/app/$archive" | cut -f1) archive for $install_dir in the .deb"
    fi
  else
    echo "cds: WARNING: recording for $install_dir needs root and unshare: the .deb has no archive"
  fi
}

case "$mode" in
  image) train_image ;;
  deb-tree) train_deb_tree ;;
  *) echo "usage: cds-train.sh image|deb-tree ..."; exit 2 ;;
esac
