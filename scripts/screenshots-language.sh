#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every screen of the console in one language, to look at for words cut off or left in English:
# the welcome page, the main window with the refund showcase and an investigation card, a
# decision, the entitlement, the account purchases, add item, acknowledge a licence, the case
# report, the audit log, the shortcuts and the profiles. Ctrl and function keys drive it, and
# the few Alt keys it needs are looked up for the language below.
#   scripts/screenshots-language.sh LANG [OUTPUT_DIR]   e.g. de_DE.UTF-8 (default /tmp/screens-<lang>)
# docs/screenshots/main-window-de.png, in the README, is this script's main-window-de.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BUILD_DIR:-$root/build}
console_language=${1:?"usage: $0 LANG [OUTPUT_DIR]"}
code=${console_language%%_*}
out=${2:-/tmp/screens-$code}
mkdir -p "$out"
# The Alt keys of the screens no Ctrl key opens, as each catalogue spells them: the card's
# decision button, the Entitlement tab, the Connection menu (then Profiles).
case $code in
    de) decision=e entitlement=b connection=v ;;
    fr) decision=i entitlement=r connection=o ;;
    pl) decision=d entitlement=u connection=o ;;
    *) decision=i entitlement=e connection=o ;;
esac
source "$root/scripts/console-under-xvfb.sh"

shot "welcome-$code.png"
keys ctrl+l
xdotool type --delay 25 "refund.showcase"
keys Return
sleep 3
keys ctrl+shift+r
sleep 1.5
keys Down Down Down Down Down Down
shot "main-window-$code.png" 3
keys "alt+$decision"
shot "decision-$code.png"
dialog_keys Escape
keys "alt+$entitlement"
shot "entitlement-$code.png" 2
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
keys "alt+$connection" p
shot "profiles-$code.png"
dialog_keys Escape
