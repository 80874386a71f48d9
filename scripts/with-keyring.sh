#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with an unlocked gnome-keyring Secret Service on the current D-Bus session
# (start it under dbus-run-session). The keyring lives in a fresh private folder and its
# password is thrown away with the session, so nothing from it outlives the run.
set -euo pipefail
private=$(mktemp -d)
trap 'rm -rf "$private"' EXIT
export XDG_DATA_HOME=$private/data XDG_RUNTIME_DIR=$private/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
