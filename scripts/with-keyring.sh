#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring Secret Service on the current D-Bus session
# (start it under dbus-run-session). The keyring's password is thrown away with the session.
set -euo pipefail
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export FFCONSOLE_KEYRING=gnome-keyring
exec "$@"
