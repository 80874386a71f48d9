#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a clang build configured with -DFFCONSOLE_SANITIZE=ON
# -DFFCONSOLE_FUZZ=ON, for the fixed number of inputs its CMakeLists.txt gives it (RUNS) from a
# fixed seed, so that a run is bounded and can be repeated exactly. Two targets run at a time.
#   scripts/fuzz.sh BUILD_DIR            (FFCONSOLE_FUZZ_RUNS_SCALE=0.1 for a shorter run)
# CI's seed is 1. A change to the code moves a run's path, so before a change lands, run it with
# another seed as well (FFCONSOLE_FUZZ_SEED=2) to find what CI's next run might.
# Each target starts from its committed corpus (tests/fuzz/corpus/<target>/, never written to)
# and keeps what it finds under BUILD_DIR/fuzz-runs/<target>/: new inputs in corpus/, anything
# that failed as crash-*, oom-*, timeout-* or leak-*. A failing input belongs in the committed
# corpus afterwards, as a regression ctest replays. Writes BUILD_DIR/fuzz-runs/summary.tsv
# (target, executions, result) and fails if any target found something.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: scripts/fuzz.sh BUILD_DIR}" && pwd)
manifest=$build/tests/fuzz/fuzzers.tsv
[ -f "$manifest" ] || { echo "fuzz: $manifest is missing: configure with clang, FFCONSOLE_SANITIZE=ON and FFCONSOLE_FUZZ=ON" >&2; exit 2; }
out=$build/fuzz-runs
rm -rf "$out"
mkdir -p "$out"

# LeakSanitizer checks after every input; the suppressions name only Debian's uninstrumented
# libraries. Undefined behaviour already aborts (-fno-sanitize-recover=undefined).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

run_one() {
    local name=$1 binary=$2 runs=$3 corpus=$4 dictionary=$5
    runs=$(awk -v r="$runs" -v s="${FFCONSOLE_FUZZ_RUNS_SCALE:-1}" 'BEGIN { n = int(r * s); print (n < 1 ? 1 : n) }')
    local dir=$out/$name
    mkdir -p "$dir/corpus"
    local options=("-seed=${FFCONSOLE_FUZZ_SEED:-1}" "-runs=$runs" -print_final_stats=1 -timeout=30 -rss_limit_mb=2048
                   "-artifact_prefix=$dir/")
    [ -n "$dictionary" ] && options+=("-dict=$dictionary")
    local status=0
    local start=$SECONDS
    # New inputs go to the first folder, a scratch one; the committed corpus is only read.
    "$binary" "${options[@]}" "$dir/corpus" "$corpus" >"$dir/log" 2>&1 || status=$?
    local executions
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
    local result="nothing found"
    if [ "$status" -ne 0 ]; then
        result="FAILED (exit $status): $(ls "$dir" | grep -E '^(crash|oom|timeout|leak|slow-unit)-' | head -1)"
    elif [ -z "$executions" ]; then
        result="FAILED: it ended without libFuzzer's final stats"
    fi
    printf '%s\t%s\t%s\t%s\n' "$name" "${executions:-0}" "$((SECONDS - start))" "$result" >"$dir/result"
    printf 'fuzz: %-26s %10s executions in %4ss: %s\n' "$name" "${executions:-0}" "$((SECONDS - start))" "$result"
}
export -f run_one
export out

echo "fuzz: $(wc -l <"$manifest") targets from $manifest, two at a time"
tr '\t' '\n' <"$manifest" | xargs -d '\n' -n 5 -P 2 bash -c 'run_one "$@"' run_one

failed=0
{
    printf 'target\texecutions\tseconds\tresult\n'
    while IFS=$'\t' read -r name _; do
        cat "$out/$name/result"
        if ! grep -q 'nothing found$' "$out/$name/result"; then
            failed=1
            echo "fuzz: $name failed; the end of its log ($out/$name/log):" >&2
            tail -40 "$out/$name/log" >&2
        fi
    done <"$manifest"
} >"$out/summary.tsv"
exit $failed
