#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test suite. The keychain test needs a real
# Secret Service: the suites run inside a private D-Bus session with gnome-keyring unlocked.
#
# Then, unless FFCONSOLE_QUICK=1 (for a quick local run; CI never sets it), the package is made
# from that build and installed into a fresh Debian root (scripts/package.sh), the same suites run
# again in a clang build with AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer
# (build-sanitize/, or $FFCONSOLE_SANITIZE_BUILD_DIR), and the libFuzzer targets of that build
# run for a fixed number of inputs each (scripts/fuzz.sh). It fails if any stage fails, and
# ends with a summary of every stage. Arguments are passed to both ctest runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-dependencies.sh"
# Warnings are errors here (and in CI), in the GCC build and the clang one alike.
"$root/scripts/build.sh" -DFFCONSOLE_WARNINGS_AS_ERRORS=ON
build=${FFCONSOLE_BUILD_DIR:-$root/build}

run_suite() {
    dbus-run-session -- "$root/scripts/with-keyring.sh" \
        ctest --test-dir "$1" --output-on-failure --timeout 600 "${@:2}"
}

if [ "${FFCONSOLE_QUICK:-0}" = 1 ]; then
    echo "test: FFCONSOLE_QUICK=1: the sanitizer and fuzz stages are skipped"
    run_suite "$build" "$@"
    exit
fi

# Minutes and seconds since $1 (SECONDS counts from the start of this script).
stage_time() { printf '%dm%02ds' $(( (SECONDS - $1) / 60 )) $(( (SECONDS - $1) % 60 )); }

suite=passed
run_suite "$build" "$@" || suite=FAILED
suite_time=$(stage_time 0)

# The package, made from the binaries just tested, validated, linted, and installed with apt
# into a fresh bookworm root where it runs (scripts/package.sh).
package_started=$SECONDS
packaged=passed
"$root/scripts/package.sh" "$build" || packaged=FAILED
package_time=$(stage_time "$package_started")

# The sanitizer build: clang, every target instrumented (FFCONSOLE_SANITIZE), the fuzzers too
# (FFCONSOLE_FUZZ). -O1 keeps the build and the instrumented tests reasonably quick; a Debug
# configuration keeps Q_ASSERT and Qt's own checks in inline code switched on.
sanitize_started=$SECONDS
sanitize_build=${FFCONSOLE_SANITIZE_BUILD_DIR:-$root/build-sanitize}
if [ ! -f "$sanitize_build/build.ninja" ]; then
    cmake -S "$root" -B "$sanitize_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" \
        -DFFCONSOLE_SANITIZE=ON -DFFCONSOLE_FUZZ=ON -DFFCONSOLE_WARNINGS_AS_ERRORS=ON
fi
sanitized=FAILED
fuzzed="not run"
if cmake --build "$sanitize_build" --parallel "$(nproc)"; then
    # Leaks are errors (detect_leaks=1), except in Debian's uninstrumented libraries, which
    # tests/sanitizers/lsan.supp names one by one; undefined behaviour aborts the test.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp
    sanitized=passed
    run_suite "$sanitize_build" "$@" || sanitized=FAILED
fi
sanitize_time=$(stage_time "$sanitize_started")

fuzz_started=$SECONDS
if [ -f "$sanitize_build/tests/fuzz/fuzzers.tsv" ]; then
    fuzzed=passed
    "$root/scripts/fuzz.sh" "$sanitize_build" || fuzzed=FAILED
fi
fuzz_time=$(stage_time "$fuzz_started")

echo
echo "test: summary"
printf '  %-48s %s in %s\n' "test suite (GCC, with the build)" "$suite" "$suite_time" \
    "package (.deb: lintian, validators, fresh root)" "$packaged" "$package_time" \
    "test suite under ASan, UBSan and LSan (clang)" "$sanitized" "$sanitize_time" \
    "fuzzing (libFuzzer, -seed=1, fixed runs)" "$fuzzed" "$fuzz_time"
if [ -f "$sanitize_build/fuzz-runs/summary.tsv" ]; then
    awk -F'\t' '{ printf "    %-26s %12s %8s  %s\n", $1, $2, $3, $4 }' "$sanitize_build/fuzz-runs/summary.tsv"
fi
echo "  total $(stage_time 0)"
[ "$suite" = passed ] && [ "$packaged" = passed ] && [ "$sanitized" = passed ] && [ "$fuzzed" = passed ]
