#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the console on the built-in sandbox.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"
"$root/scripts/build.sh"
build=${FFCONSOLE_BUILD_DIR:-$root/build}
# --sandbox starts the built-in sandbox and connects to it, as the first start offers to.
exec "$build/app/ffconsole" --sandbox "$@"
