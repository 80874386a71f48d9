# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the screenshot scripts: starts Xvfb and the console on the built-in sandbox in a
# private settings folder, in $console_language (a LANG value), with $build and $out set by the
# caller; moves its window to 1440x900 and defines keys (to the main window), dialog_keys (to
# whatever has the keyboard) and shot NAME [DELAY] (the whole screen into $out/NAME).
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
LANGUAGE= LC_ALL= LANG=$console_language "$build/app/ffconsole" --sandbox &
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

