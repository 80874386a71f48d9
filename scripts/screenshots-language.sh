#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every screen of the console in one language, to look at for words cut off or left in English:
# the main window with the refund showcase and an investigation card, the account purchases,
# add item, acknowledge a licence, the case report, the audit log, the shortcuts and About.
# Only Ctrl and function keys drive it, since Alt keys differ from language to language.
#   scripts/screenshots-language.sh LANG [OUTPUT_DIR]   e.g. de_DE.UTF-8 (default /tmp/screens-<lang>)
# docs/screenshots/main-window-de.png, in the README, is this script's main-window-de.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BUILD_DIR:-$root/build}
console_language=${1:?"usage: $0 LANG [OUTPUT_DIR]"}
code=${console_language%%_*}
out=${2:-/tmp/screens-$code}
mkdir -p "$out"
source "$root/scripts/console-under-xvfb.sh"

keys ctrl+l
xdotool type --delay 25 "refund.showcase"
keys Return
sleep 3
keys ctrl+shift+r
sleep 1.5
keys Down Down Down Down Down Down
shot "main-window-$code.png" 3
keys ctrl+shift+k
shot "ack-licence-$code.png"
dialog_keys Escape
keys ctrl+p
shot "case-report-$code.png"
dialog_keys Escape
keys ctrl+shift+r Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up
keys ctrl+shift+i
shot "add-item-$code.png"
dialog_keys Escape
keys ctrl+shift+p
shot "account-purchases-$code.png" 3
keys ctrl+w
keys ctrl+shift+l
shot "audit-log-$code.png"
dialog_keys Escape
keys F1
shot "shortcuts-$code.png"
dialog_keys Escape
