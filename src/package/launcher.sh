#!/bin/sh
# Dockyard's launcher: bin/Dockyard in the app image and in the installed .deb.
#
# It replaces the native launcher jpackage writes, which asks the package manager who owns it on
# every start (`rpm -qf`, then `dpkg -S`, then `dpkg -L` once installed) before it starts Java.
# On Debian and Ubuntu that costs 0.4 to 0.6 s of each start. This script starts the same Java
# the same way, from the same settings: it reads lib/app/Dockyard.cfg, which jpackage wrote from
# jlink.properties (class path, main class, Java options, $APPDIR for lib/app).
#
# It runs the image's java under the app's own name (lib/runtime/bin/Dockyard, a copy of
# lib/runtime/bin/java), so process lists show "Dockyard" as they did with jpackage's launcher.
set -eu

# where this script is: through a link to it (/usr/bin/dockyard), from any folder
self=$0
if [ -L "$self" ]; then
  self=$(readlink -f "$self")
fi
case $self in
  */*) ;;
  *) self="./$self" ;;
esac
bin=$(cd "${self%/*}" && pwd -P)
image=${bin%/*}
name=${self##*/}
app="$image/lib/app"
cfg="$app/$name.cfg"
java="$image/lib/runtime/bin/$name"
[ -x "$java" ] || java="$image/lib/runtime/bin/java"
if [ ! -r "$cfg" ]; then
  echo "$name: $cfg is missing; reinstall $name" >&2
  exit 1
fi

# expand VALUE: sets $value to VALUE with $APPDIR (once at most, as jpackage writes it) made
# lib/app's path; no subshell, so reading the .cfg costs no processes
expand() {
  value=$1
  case $value in
    *'$APPDIR'*) value="${value%%\$APPDIR*}$app${value#*\$APPDIR}" ;;
  esac
}

# The user's arguments go last: move them behind the ones read from the .cfg.
count=$#
main=""
classpath=""
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    app.mainclass=*) main=${line#app.mainclass=} ;;
    app.classpath=*) expand "${line#app.classpath=}"; classpath="$classpath${classpath:+:}$value" ;;
    java-options=*) expand "${line#java-options=}"; set -- "$@" "$value" ;;
  esac
done <"$cfg"
set -- "$@" "-Djpackage.app-path=$image/bin/$name" -cp "$classpath" "$main"

while [ "$count" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  count=$((count - 1))
done
exec "$java" "$@"
