#!/bin/sh
# Renders the icon PNGs from dockyard.svg (and the simplified dockyard-small.svg for
# 16 and 32 px, where grid and dashes would only blur). Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 32; do
  rsvg-convert -w "$size" -h "$size" dockyard-small.svg -o "dockyard-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" dockyard.svg -o "dockyard-$size.png"
done
