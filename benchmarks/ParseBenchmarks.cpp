// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/ParseBenchmarks.h"

#include "api/codec/JsonReader.h"

#include <QJsonDocument>
#include <benchmark/benchmark.h>

namespace ff::perf {

namespace {

void parseIntoDtos(benchmark::State& state, const Response* response)
{
    qsizetype orders = 0;
    for (auto _ : state) {
        auto result = readJson<QList<PurchaseOrder>>(response->bytes);
        if (!result) {
            state.SkipWithError(result.error().toString().toStdString().c_str());
            return;
        }
        orders = result->size();
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * response->bytes.size());
    state.counters["orders"] = double(orders);
    state.counters["items"] = response->items;
}

void qJsonDocumentFromJson(benchmark::State& state, const Response* response)
{
    for (auto _ : state) {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(response->bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            state.SkipWithError(error.errorString().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(qint64(state.iterations()) * response->bytes.size());
    state.counters["items"] = response->items;
}

} // namespace

void registerParseBenchmarks(const QList<Response>& responses)
{
    for (const Response& response : responses) {
        const std::string items = std::to_string(response.items);
        // Five times each, the median reported: on a shared machine one run may be unlucky. The
        // rate is over the thread's CPU time (both parse on the calling thread only), which a
        // busy machine disturbs less than the wall clock.
        benchmark::RegisterBenchmark(("parse/dtos/" + items).c_str(), parseIntoDtos, &response)
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
        benchmark::RegisterBenchmark(
            ("parse/qjsondocument/" + items).c_str(), qJsonDocumentFromJson, &response)
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0)
            ->Repetitions(5)
            ->ReportAggregatesOnly(true);
    }
}

} // namespace ff::perf
