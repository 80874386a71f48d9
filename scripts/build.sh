#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds with Ninja into build/ (or $FFCONSOLE_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${FFCONSOLE_BUILD_TYPE:-RelWithDebInfo} "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
