#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console on the built-in sandbox.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"
"$root/scripts/build.sh"
build=${FFCONSOLE_BUILD_DIR:-$root/build}
if [ -x "$build/app/ffconsole" ]; then
    # --sandbox starts the built-in sandbox and connects to it, as the first start offers to.
    exec "$build/app/ffconsole" --sandbox "$@"
fi

# Until the window exists: start the sandbox and show the CLI against it.
started=$(mktemp)
"$build/sandbox/ffconsole-sandbox" --port 0 --quiet >"$started" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -f "$started"' EXIT
for _ in $(seq 100); do grep -q '^FFCONSOLE_SANDBOX_READY=1' "$started" && break; sleep 0.1; done
url=$(sed -n 's/^FFCONSOLE_SANDBOX_URL=//p' "$started")
FFCONSOLE_TOKEN=$(sed -n 's/^FFCONSOLE_SANDBOX_TOKEN=//p' "$started")
export FFCONSOLE_TOKEN
echo "Sandbox at $url. Orders of customer \"zoë smith\" (affiliate 1):"
"$build/app/ffconsole-cli" --base-url "$url" orders --affiliate 1 --customer "zoë smith"
