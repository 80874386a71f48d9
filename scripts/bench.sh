#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and prints one table: target, measured, met or missed by how much, and
# the machine. Builds Release into build-bench/ (or $FFCONSOLE_BENCH_BUILD_DIR), starts
# sandboxes with --scale 100, 10 000 and 100 000 items, fetches each customer's purchase orders
# once, and runs every measurement on those same bytes. Results are kept in
# build-bench/results/ (bench.json, memory-*.json, coldstart.json, csv.json, table.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FFCONSOLE_BENCH_BUILD_DIR:-$root/build-bench}
results=$build/results
scales=(100 10000 100000)
customer=bulk.buyer@filmflex.example

"$root/scripts/install-dependencies.sh"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFFCONSOLE_BUILD_TESTS=OFF
fi
cmake --build "$build" --parallel "$(nproc)" --target ffbench ffconsole ffconsole-cli ffconsole-sandbox
rm -rf "$results"
mkdir -p "$results"
cp /proc/loadavg "$results/loadavg-start"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# The sandbox's start lines, in the one format api/launcher/SandboxStartLines.h documents: on
# stdout, KEY=VALUE a line, the value everything after the first '=', FFCONSOLE_SANDBOX_READY=1
# last. start_line KEY FILE prints the value of the first KEY line.
start_line() { sed -n "s/^$1=//p" "$2" | head -n 1; }

declare -A urls tokens
for scale in "${scales[@]}"; do
    "$build/sandbox/ffconsole-sandbox" --port 0 --quiet --scale "$scale" \
        >"$results/sandbox-$scale.out" 2>"$results/sandbox-$scale.err" &
    pids+=($!)
done
for i in "${!scales[@]}"; do
    scale=${scales[$i]}
    for _ in $(seq 600); do
        [ "$(start_line FFCONSOLE_SANDBOX_READY "$results/sandbox-$scale.out")" = 1 ] && break
        sleep 0.1
    done
    urls[$scale]=$(start_line FFCONSOLE_SANDBOX_URL "$results/sandbox-$scale.out")
    tokens[$scale]=$(start_line FFCONSOLE_SANDBOX_TOKEN "$results/sandbox-$scale.out")
    [ -n "${urls[$scale]}" ] || { echo "bench: the sandbox with --scale $scale did not start" >&2; exit 1; }
    # Fetched once: every in-process measurement reads these bytes.
    curl -sf -o "$results/orders-$scale.json" -H "Authorization: Bearer ${tokens[$scale]}" \
        "${urls[$scale]}api/Customer/PurchaseOrders/1/$customer?v=2.0"
    echo "bench: $scale items: $(stat -c %s "$results/orders-$scale.json") bytes"
done

echo "bench: parsing, the model, the view, filtering and sorting"
"$build/benchmarks/ffbench" --data "$results" --benchmark_out="$results/bench.json" --benchmark_out_format=json

echo "bench: memory once loaded"
for scale in "${scales[@]}"; do
    "$build/benchmarks/ffbench" --memory "$results/orders-$scale.json" >"$results/memory-$scale.json"
done

echo "bench: cold start to the first painted window"
if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a "$build/benchmarks/ffbench" --cold-start "$build/app/ffconsole" --runs 10 >"$results/coldstart.json"
else
    QT_QPA_PLATFORM=offscreen "$build/benchmarks/ffbench" --cold-start "$build/app/ffconsole" --runs 10 >"$results/coldstart.json"
fi

# End to end on the largest customer: the same response through the CLI, curl | jq and
# curl | python3, each run five times (the sandbox serves the response from its cache).
echo "bench: CSV export end to end"
scale=${scales[-1]}
url=${urls[$scale]}
token=${tokens[$scale]}
orders_url="${url}api/Customer/PurchaseOrders/1/$customer?v=2.0"
now() { date +%s%N; }
time_runs() { # name command...
    local name=$1; shift
    local times=()
    for _ in 1 2 3 4 5; do
        local start; start=$(now)
        "$@" >"$results/$name.csv"
        times+=($(( ($(now) - start) / 1000000 )))
    done
    printf '"%s": [%s], "%s_rows": %s' "$name" "$(IFS=,; echo "${times[*]}")" "$name" "$(wc -l <"$results/$name.csv")"
}
cli() { FFCONSOLE_TOKEN=$token "$build/app/ffconsole-cli" --base-url "$url" --format csv orders --affiliate 1 --customer "$customer"; }
jq_csv() { curl -sf -H "Authorization: Bearer $token" "$orders_url" | jq -r -f "$root/benchmarks/compare/orders_csv.jq"; }
python_csv() { curl -sf -H "Authorization: Bearer $token" "$orders_url" | python3 "$root/benchmarks/compare/orders_csv.py"; }
{
    echo "{"
    time_runs cli cli; echo ","
    time_runs jq jq_csv; echo ","
    time_runs python python_csv; echo
    echo "}"
} >"$results/csv.json"
rm -f "$results"/*.csv

python3 "$root/benchmarks/report.py" "$results" | tee "$results/table.md"
