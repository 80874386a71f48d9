#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots from the console running on the built-in sandbox under Xvfb:
# the main window with a customer open, the account purchases view, the add-item dialog, and a
# customer filtered to the refund candidates with the investigation card open.
#   scripts/screenshots.sh [OUTPUT_DIR]      (default docs/screenshots)
# Needs xvfb, xdotool and imagemagick (scripts/install-dependencies.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
mkdir -p "$out"

private=$(mktemp -d)
display=:$((100 + RANDOM % 300))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$private"
}
trap cleanup EXIT
sleep 1

export DISPLAY=$display QT_QPA_PLATFORM=xcb LANG=C.UTF-8 TZ=Europe/London
export FFCONSOLE_SETTINGS=$private/settings.ini FFCONSOLE_AUDIT_LOG=$private/audit.jsonl
export XDG_DATA_HOME=$private/data XDG_CONFIG_HOME=$private/config
LANG=en_GB.UTF-8 "$build/app/ffconsole" --sandbox &
app=$!

window=""
for _ in $(seq 100); do
    window=$(xdotool search --onlyvisible --name "FilmFlex Agent Console" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || { echo "screenshots: the console did not show a window" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1440 900
sleep 3 # the sandbox starts and the profile connects

# Keys to the main window; dialogs get the keyboard by themselves once open.
keys() { xdotool windowfocus --sync "$window" key --delay 60 "$@"; }
dialog_keys() { xdotool key --delay 60 "$@"; }
shot() { sleep "${2:-1.5}"; import -window root "$out/$1"; echo "screenshots: wrote $out/$1"; }

# A customer with a box set: open them (their few orders open by themselves) and select an episode.
keys ctrl+l
xdotool type --delay 25 "zoë smith"
keys Return
sleep 2.5
keys Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
shot main-window.png 3

# Add an item to the selected order: the form, filled in.
keys ctrl+shift+i
sleep 1.5
xdotool type --delay 25 "4211"
dialog_keys Tab
xdotool type --delay 25 "BBW-HARBOUR-LIGHTS-S03"
dialog_keys Tab
xdotool type --delay 25 "Harbour Lights: Series 3"
dialog_keys Tab
xdotool type --delay 25 "4.99"
shot add-item.png
dialog_keys Escape
sleep 1

# The customer's account purchases.
keys ctrl+shift+p
shot account-purchases.png 3

# A customer of FilmFlex Ireland who buys in euros and in pounds: their purchases, with a spend
# chart per currency.
keys alt+a Down
keys ctrl+l
xdotool type --delay 25 "aoife.nibhriain"
keys Return
sleep 2.5
keys ctrl+shift+p
shot spend-chart.png 3

# The refund showcase (FilmFlex UK again), filtered to its refund candidates, with an item's
# investigation card open.
keys alt+a Up
keys ctrl+l
xdotool type --delay 25 "refund.showcase"
keys Return
sleep 3
keys ctrl+shift+r
sleep 1.5
keys Down Down Down Down Down Down
shot refund-candidates.png 3

# A case report of the same customer (the selected item and every refund candidate in full), made
# from the window as an agent makes it (Ctrl+P), and its first page as the README shows it.
keys ctrl+p
sleep 1.5
dialog_keys alt+w alt+k
xdotool type --delay 25 "CS-4711"
dialog_keys alt+a ctrl+a
xdotool type --delay 10 "$private/case-report.pdf"
dialog_keys Return
for _ in $(seq 100); do
    [ -f "$private/case-report.csv" ] && [ -f "$private/case-report.pdf" ] && break
    sleep 0.2
done
shot case-report-saved.png 1
pdftoppm -r 90 -png -f 1 -l 1 -singlefile "$private/case-report.pdf" "$out/case-report-page1"
echo "screenshots: wrote $out/case-report-page1.png"
