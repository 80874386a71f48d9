#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns scripts/bench.sh's results (build-bench/results) into one Markdown table: each target,
what was measured, and whether it was met or missed by how much, with the machine it ran on."""
import json
import os
import re
import statistics
import sys


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read()).group(1))
    load = open("/proc/loadavg").read().split()[:3]
    return f"{model}, {os.cpu_count()} cores, {kib / 1024 / 1024:.0f} GiB RAM (load average {' '.join(load)})"


def verdict(value, target, lower_is_better=True):
    met = value <= target if lower_is_better else value >= target
    if met:
        return "met"
    by = value / target if lower_is_better else target / value
    if by < 1.5:
        return f"**missed** by {(by - 1) * 100:.0f} %"
    return f"**missed** ({by:.1f}× off)"


def main():
    results = sys.argv[1]
    with open(os.path.join(results, "bench.json")) as file:
        runs = {}
        for run in json.load(file)["benchmarks"]:
            name = "/".join(run["run_name"].split("/")[:3])
            # Benchmarks run several times report the median of their repetitions.
            if run.get("run_type") == "aggregate" and run.get("aggregate_name") != "median":
                continue
            runs[name] = run
    scales = sorted({int(name.split("/")[2]) for name in runs})
    largest = scales[-1]
    rows = []

    def add(what, target, measured, status):
        cells = [str(cell).replace("|", "\\|") for cell in (what, target, measured, status)]
        rows.append("| " + " | ".join(cells) + " |")

    for scale in scales:
        dtos = runs[f"parse/dtos/{scale}"]["bytes_per_second"] / 1e6
        dom = runs[f"parse/qjsondocument/{scale}"]["bytes_per_second"] / 1e6
        add(f"parse into DTOs vs QJsonDocument::fromJson, {scale:,} items (median of 5)", "≥ 2×",
            f"{dtos:.0f} vs {dom:.0f} MB/s = {dtos / dom:.2f}×", verdict(dtos / dom, 2.0, lower_is_better=False))
    for scale in scales:
        build = runs[f"model/build/{scale}"]
        add(f"model built from the DTOs, {scale:,} items (prepare on a worker + batches)", "—",
            f"{build['prepare_ms']:.0f} + {build['batches_ms']:.0f} ms", "")
        if "refund_ms" in build:
            # The refund columns, worked out on a worker once the rows are in the view.
            add(f"refund states, verdicts and signals, {scale:,} items (on a worker, after the rows)", "—",
                f"{build['refund_ms']:.0f} ms", "")
    for scale in scales:
        ready = runs[f"view/ready/{scale}"]
        target = "≤ 300 ms" if scale == largest else "—"
        measured = f"{ready['ready_ms']:.0f} ms"
        if scale == largest:
            # Where the time goes: the parse (from its throughput), prepare() and the hand-over.
            parse_ms = runs[f"parse/dtos/{scale}"]["real_time"]
            build = runs[f"model/build/{scale}"]
            measured += f" (parse ≈ {parse_ms:.0f}, prepare ≈ {build['prepare_ms']:.0f}, batches ≈ {build['batches_ms']:.0f} ms)"
        add(f"ready in the view after the response arrived, {scale:,} items", target, measured,
            verdict(ready["ready_ms"], 300) if scale == largest else "")
        add(f"view shows its first / last row, {scale:,} items", "—",
            f"{ready['first_row_ms']:.1f} / {ready['last_row_ms']:.1f} ms", "")
        add(f"worst GUI stall while loading, {scale:,} items", "≤ 16 ms", f"{ready['worst_stall_ms']:.0f} ms",
            verdict(ready["worst_stall_ms"], 16))
    for scale in scales:
        asof = runs.get(f"refund/asof/{scale}")
        if asof:
            add(f"another \"as of\" instant: refund columns again (worst GUI stall), {scale:,} items", "≤ 16 ms stall",
                f"{asof['ready_ms']:.0f} ms ({asof['worst_stall_ms']:.0f} ms)", verdict(asof["worst_stall_ms"], 16))
    for scale in scales:
        switch = runs.get(f"refund/candidates/{scale}")
        if switch:
            add(f"\"Refund candidates\" on or off (median / worst), {scale:,} items", "≤ 100 ms",
                f"{switch['median_ms']:.0f} / {switch['max_ms']:.0f} ms", verdict(switch["max_ms"], 100))
    for scale in scales:
        keys = runs[f"filter/keystroke/{scale}"]
        add(f"filter per typed character (median / worst), {scale:,} items", "≤ 16 ms median",
            f"{keys['median_ms']:.1f} / {keys['max_ms']:.1f} ms", verdict(keys["median_ms"], 16))
        add(f"worst GUI stall while typing, {scale:,} items", "≤ 16 ms", f"{keys['worst_stall_ms']:.0f} ms",
            verdict(keys["worst_stall_ms"], 16))
    for kind in ["integer", "date", "text", "decimal", "boolean"]:
        run = runs[f"sort/{kind}/{largest}"]
        article = "an" if kind == "integer" else "a"
        add(f"sort by {article} {kind} column (first time / median), {largest:,} items", "≤ 100 ms",
            f"{run['first_ms']:.0f} / {run['median_ms']:.0f} ms", verdict(max(run["first_ms"], run["median_ms"]), 100))
        add(f"worst GUI stall while sorting by {article} {kind} column, {largest:,} items", "≤ 16 ms",
            f"{run['worst_stall_ms']:.0f} ms", verdict(run["worst_stall_ms"], 16))
    for scale in scales:
        path = os.path.join(results, f"memory-{scale}.json")
        if os.path.exists(path):
            memory = json.load(open(path))
            add(f"memory (RSS) once loaded, {scale:,} items", "≤ 2× the response",
                f"{memory['bytes_per_item']:.0f} B/item, {memory['ratio']:.2f}× ({memory['trimmed_ratio']:.2f}× after malloc_trim)",
                verdict(memory["ratio"], 2.0))
    csv_path = os.path.join(results, "csv.json")
    if os.path.exists(csv_path):
        csv = json.load(open(csv_path))
        cli, jq, python = (statistics.median(csv[name]) for name in ("cli", "jq", "python"))
        add(f"CSV export end to end, {largest:,} items: ffconsole-cli vs curl | jq (median of {len(csv['cli'])})", "≥ 5× faster",
            f"{cli / 1000:.2f} s vs {jq / 1000:.2f} s = {jq / cli:.1f}×", verdict(jq / cli, 5, lower_is_better=False))
        add(f"CSV export end to end, {largest:,} items: ffconsole-cli vs curl | python3", "≥ 3× faster",
            f"{cli / 1000:.2f} s vs {python / 1000:.2f} s = {python / cli:.1f}×", verdict(python / cli, 3, lower_is_better=False))
    cold_path = os.path.join(results, "coldstart.json")
    if os.path.exists(cold_path):
        cold = json.load(open(cold_path))
        add("cold start of ffconsole to its first painted window (median of 10)", "≤ 300 ms",
            f"{cold['median_ms']:.0f} ms", verdict(cold["median_ms"], 300))

    started = ""
    started_path = os.path.join(results, "loadavg-start")
    if os.path.exists(started_path):
        started = f"; load average when the run began {' '.join(open(started_path).read().split()[:3])}"
    print(f"Machine: {machine()}{started}\n")
    print("| measurement | target | measured | |")
    print("| --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
