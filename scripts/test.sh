#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite. The keychain test needs a real
# Secret Service: the suites run inside a private D-Bus session with gnome-keyring unlocked.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"
"$root/scripts/build.sh"
build=${FFCONSOLE_BUILD_DIR:-$root/build}
exec dbus-run-session -- "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
