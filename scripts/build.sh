#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds with Ninja into build/ (or $FFCONSOLE_BUILD_DIR). Arguments are
# passed to cmake's configuration. A Release build unless FFCONSOLE_BUILD_TYPE says otherwise:
# the test suite runs on the very binaries the package is made from (scripts/package.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BUILD_DIR:-$root/build}
# Configures when there is no build yet, or again when options are given (-DNAME=VALUE).
if [ ! -f "$build/build.ninja" ] || [ $# -gt 0 ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${FFCONSOLE_BUILD_TYPE:-Release} "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
