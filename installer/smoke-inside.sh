#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside a fresh Debian root where the package was just installed with apt
# (installer/smoke-test.sh): does what an agent's first minute does, with the installed programs
# only. Usage: smoke-inside.sh VERSION
set -eu
version=$1
# mmdebstrap runs hooks with LC_ALL=C.UTF-8, which outranks the LANG the German checks set.
unset LC_ALL LC_MESSAGES LANGUAGE
work=$(mktemp -d)
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
say() { echo "smoke: $*"; }

say "the three programs are on the PATH, and say the package's version"
[ "$(ffconsole-cli --version)" = "ffconsole-cli $version" ]
[ "$(ffconsole-sandbox --version)" = "ffconsole-sandbox $version" ]
QT_QPA_PLATFORM=offscreen ffconsole --version | grep -q " $version\$"

say "the sandbox starts and ffconsole-cli gets an answer from it"
ffconsole-sandbox --port 0 --quiet > "$work/sandbox.lines" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    grep -q '^FFCONSOLE_SANDBOX_READY=1$' "$work/sandbox.lines" && break
    sleep 0.1
done
grep -q '^FFCONSOLE_SANDBOX_READY=1$' "$work/sandbox.lines"
url=$(sed -n 's/^FFCONSOLE_SANDBOX_URL=//p' "$work/sandbox.lines")
token=$(sed -n 's/^FFCONSOLE_SANDBOX_TOKEN=//p' "$work/sandbox.lines")
FFCONSOLE_TOKEN=$token ffconsole-cli --base-url "$url" --format json \
    orders --affiliate 1 --customer 'zoë smith' > "$work/orders.json"
grep -q '"PurchaseOrderItemDtos"' "$work/orders.json"
say "$(grep -c '"SupplierRef"' "$work/orders.json") items of zoë smith's orders read back"

say "in German: ffconsole-cli's and the console's help, Qt's own words included"
LANG=de_DE.UTF-8 LANGUAGE= ffconsole-cli orders --help > "$work/cli-help.txt"
grep -q '^Aufruf: ' "$work/cli-help.txt" && ! grep -q 'Platform API base URL' "$work/cli-help.txt" \
    || { cat "$work/cli-help.txt"; exit 1; }
LANG=de_DE.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen ffconsole --help > "$work/help.txt"
grep -q 'Sandbox' "$work/help.txt" && ! grep -q 'Start the built-in sandbox' "$work/help.txt" \
    || { cat "$work/help.txt"; exit 1; }

say "the console starts offscreen in German and shows its first window"
LANG=de_DE.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen FFCONSOLE_REPORT_FIRST_PAINT=1 \
    timeout 120 ffconsole --sandbox > "$work/first-paint.txt"
grep -q '^first-paint [0-9]' "$work/first-paint.txt"

say "the menu entry and the icon are where desktops look for them"
[ -f /usr/share/applications/example.filmflex.AgentConsole.desktop ]
[ -f /usr/share/icons/hicolor/scalable/apps/ffconsole.svg ]
[ -f /usr/share/icons/hicolor/48x48/apps/ffconsole.png ]
[ -f /usr/share/metainfo/example.filmflex.AgentConsole.metainfo.xml ]
[ -f /usr/share/man/man1/ffconsole-cli.1.gz ]
say "passed"
