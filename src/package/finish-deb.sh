#!/bin/sh
# Finishes the .deb jpackage wrote: adds the menu entry and the icons where a desktop looks for
# them, records the class-data archive for the install path (cds-train.sh), and packs it again.
# Called by `mvn -Ppackage verify` right after jpackage; every value comes from jlink.properties.
#
#   finish-deb.sh DIST_DIR APP_NAME PACKAGE_NAME INSTALL_DIR MENU_GROUP DESCRIPTION ICON_DIR \
#                 CDS_ARCHIVE CDS_ENABLED
#
# jpackage's --linux-shortcut puts the menu entry and one icon inside the app's folder and has
# its maintainer scripts copy them out with xdg-desktop-menu, which fails on a machine without
# desktop menus (no /etc/xdg/menus) and left the package half-installed. As a Debian package
# does, this ships the entry as /usr/share/applications/PACKAGE_NAME.desktop and the icons as
# /usr/share/icons/hicolor/<size>x<size>/apps/PACKAGE_NAME.png, so dpkg installs and removes them
# like any file and the desktop's own dpkg triggers refresh its caches (assets/jpackage/postinst).
set -eu
dist=$1
name=$2
package=$3
install_dir=$4
menu_group=$5
description=$6
icon_dir=$7
archive=$8
cds_enabled=$9
here=$(cd "$(dirname "$0")" && pwd)

deb=$(ls "$dist"/*.deb | head -n1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/deb"
dpkg-deb -R "$deb" "$root"

# png_size FILE: the width of a PNG, from its header (bytes 16-19, big-endian)
png_size() {
  od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'
}

# every ICON_DIR/<prefix>-<size>.png, as the hicolor icon of that size
add_icons() {
  count=0
  for icon in "$icon_dir"/*-[0-9]*.png; do
    [ -f "$icon" ] || continue
    size=${icon##*-}
    size=${size%.png}
    actual=$(png_size "$icon")
    if [ "$actual" != "$size" ]; then
      echo "deb: $icon is $actual pixels wide, not $size as its name says: render it again (assets/icon/render.sh)"
      exit 1
    fi
    mkdir -p "$root/usr/share/icons/hicolor/${size}x$size/apps"
    cp "$icon" "$root/usr/share/icons/hicolor/${size}x$size/apps/$package.png"
    count=$((count + 1))
  done
  if [ "$count" = 0 ]; then
    echo "deb: no icons named <name>-<size>.png in $icon_dir (icon.linux.dir in jlink.properties)"
    exit 1
  fi
  echo "deb: $count icon sizes under /usr/share/icons/hicolor"
}

# src/package/dockyard.desktop with its @WORDS@ filled in
add_menu_entry() {
  mkdir -p "$root/usr/share/applications"
  entry="$root/usr/share/applications/$package.desktop"
  # values through the environment and index(): no backslash or "&" in them is taken as syntax
  NAME="$name" DESCRIPTION="$description" LAUNCHER="$install_dir/bin/$name" ICON="$package" \
  CATEGORY="$menu_group" awk '
    function fill(line, word,   at) {
      while ((at = index(line, "@" word "@")) > 0)
        line = substr(line, 1, at - 1) ENVIRON[word] substr(line, at + length(word) + 2)
      return line
    }
    { print fill(fill(fill(fill(fill($0, "NAME"), "DESCRIPTION"), "LAUNCHER"), "ICON"), "CATEGORY") }
  ' "$here/dockyard.desktop" >"$entry"
  if grep -q '@[A-Z]*@' "$entry"; then
    echo "deb: $here/dockyard.desktop has a word this script does not fill in:"; grep '@[A-Z]*@' "$entry"; exit 1
  fi
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$entry"
  fi
  echo "deb: menu entry /usr/share/applications/$package.desktop runs $install_dir/bin/$name"
}

add_icons
add_menu_entry
# jpackage writes a postrm that does nothing; dpkg keeps any package with a postrm listed
# ("deinstall ok config-files") after `apt-get remove`, until it is purged
rm -f "$root/DEBIAN/postrm"
chmod -R u=rwX,go=rX "$root/usr"
sh "$here/cds-train.sh" deb-tree "$root" "$name" "$archive" "$cds_enabled" "$install_dir"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
dpkg-deb --root-owner-group -Zxz -b "$root" "$deb" >/dev/null
echo "deb: repacked $deb"
