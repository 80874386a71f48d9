#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the console's icon (resources/ffconsole.svg) into the PNG sizes of the hicolor theme,
# under resources/icons/. The PNGs are committed, so that building needs no SVG renderer; run
# this again after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for size in 16 22 24 32 48 64 128 256; do
    folder="$root/resources/icons/${size}x${size}"
    mkdir -p "$folder"
    rsvg-convert --width "$size" --height "$size" "$root/resources/ffconsole.svg" --output "$folder/ffconsole.png"
done
