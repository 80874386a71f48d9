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

# The console on the sandbox under Xvfb, in British English, and keys(), dialog_keys(), shot().
console_language=en_GB.UTF-8
source "$root/scripts/console-under-xvfb.sh"

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
