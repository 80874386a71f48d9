// SPDX-License-Identifier: GPL-3.0-or-later
// ffbench: the console's benchmarks. scripts/bench.sh runs every mode and prints the table.
//
//   ffbench --data DIR [--benchmark_...]   parsing, the model, the view, filtering and sorting,
//                                          on every orders-<items>.json in DIR (Google Benchmark)
//   ffbench --memory FILE                  the resident memory one response takes once loaded
//   ffbench --cold-start PROGRAM [--runs N] ffconsole's start to its first painted window
#include "benchmarks/ColdStart.h"
#include "benchmarks/MemoryProbe.h"
#include "benchmarks/ParseBenchmarks.h"
#include "benchmarks/Responses.h"
#include "benchmarks/ViewBenchmarks.h"

#include <QApplication>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

// Takes "--name VALUE" out of the arguments, so that Google Benchmark sees only its own.
std::string takeOption(std::vector<char*>& arguments, const char* name)
{
    for (size_t i = 1; i + 1 < arguments.size(); ++i) {
        if (std::strcmp(arguments[i], name) == 0) {
            std::string value = arguments[i + 1];
            arguments.erase(arguments.begin() + qsizetype(i), arguments.begin() + qsizetype(i) + 2);
            return value;
        }
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // The view is measured as it paints, without a display: the offscreen platform paints into
    // an image as a window would.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::vector<char*> arguments(argv, argv + argc);
    const std::string data = takeOption(arguments, "--data");
    const std::string memory = takeOption(arguments, "--memory");
    const std::string coldStart = takeOption(arguments, "--cold-start");
    const std::string runs = takeOption(arguments, "--runs");

    int count = int(arguments.size());
    QApplication app(count, arguments.data());
    if (!coldStart.empty())
        return ff::perf::ColdStart::run(
            QString::fromStdString(coldStart), runs.empty() ? 10 : std::stoi(runs));
    if (!memory.empty())
        return ff::perf::MemoryProbe::run(QString::fromStdString(memory));
    if (data.empty()) {
        std::fprintf(stderr,
            "usage: ffbench --data DIR [benchmark options] | --memory FILE | --cold-start PROGRAM [--runs "
            "N]\n");
        return 2;
    }

    // Kept for the whole run: the benchmarks hold pointers into it.
    static const QList<ff::perf::Response> responses
        = ff::perf::Responses::load(QString::fromStdString(data));
    if (responses.isEmpty()) {
        std::fprintf(stderr, "ffbench: no orders-<items>.json in %s\n", data.c_str());
        return 2;
    }
    ff::perf::registerParseBenchmarks(responses);
    ff::perf::registerViewBenchmarks(responses);

    benchmark::Initialize(&count, arguments.data());
    if (benchmark::ReportUnrecognizedArguments(count, arguments.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
