#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing need, from Debian bookworm's repositories only.
# Safe to run again: apt-get skips what is already there. Needs root (or sudo).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    clang-format # the style check (tests/style): the tree is formatted with .clang-format
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-x11
    libqt6svg6 # the SVG plugins that draw the console's icon
    qt6-charts-dev # the account purchases' spend chart (Qt Charts: GPL-3.0, as the console is)
    libsimdjson-dev libbenchmark-dev zlib1g-dev
    xvfb xauth xdotool imagemagick
    # Case reports: the PDF's font, and pdftotext/pdftoppm that the tests and README read them with.
    fonts-dejavu-core poppler-utils
    curl jq python3 ca-certificates
    # The package stage (scripts/package.sh): the .deb (CPack runs dpkg-shlibdeps and file), its
    # manual pages, the validators and lintian, and a fresh bookworm root to install it into.
    dpkg-dev file help2man desktop-file-utils appstream lintian mmdebstrap
    # The sanitizer build and the fuzzers (scripts/test.sh): clang with its sanitizer and
    # libFuzzer runtimes, and llvm-symbolizer for readable stack traces.
    clang libclang-rt-14-dev llvm
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-dependencies: everything is already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-dependencies: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
