// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/ViewBenchmarks.h"

#include "api/codec/JsonReader.h"
#include "benchmarks/support/EventLoopStallMeter.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

namespace ff::perf {

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QList<PurchaseOrder> ordersOf(const Response& response)
{
    auto result = readJson<QList<PurchaseOrder>>(response.bytes);
    return result ? *result : QList<PurchaseOrder>();
}

// The customer tab's orders view, without the rest of the window.
struct OrdersView
{
    PurchaseOrderModel model;
    OrderFilterProxyModel proxy;
    QTreeView view;

    OrdersView()
    {
        model.setCurrency(QStringLiteral("GBP"));
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.setUniformRowHeights(true);
        view.setSortingEnabled(true);
        view.sortByColumn(PurchaseOrderModel::Created, Qt::DescendingOrder);
        view.header()->setDefaultSectionSize(120);
        view.resize(1400, 900);
        view.show();
        settle();
    }

    // Every posted event handled: the view's delayed layout, then the paint it asked for.
    void settle()
    {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
    }

    // Every row in and the refund columns worked out, so that what is measured next is not their
    // arrival (readyInView measures that).
    void load(QList<PurchaseOrder> orders)
    {
        QEventLoop loop;
        QObject::connect(&model, &PurchaseOrderModel::investigated, &loop, &QEventLoop::quit);
        model.loadOrders(std::move(orders));
        loop.exec();
    }

    void waitForRefundColumns()
    {
        if (!model.isInvestigating())
            return;
        QEventLoop loop;
        QObject::connect(&model, &PurchaseOrderModel::investigated, &loop, &QEventLoop::quit);
        loop.exec();
    }
};

void modelBuild(benchmark::State& state, const Response* response)
{
    const QList<PurchaseOrder> orders = ordersOf(*response);
    // The refund columns' states, verdicts and signals for the whole customer, which the window
    // works out on a worker once the rows are in.
    const OrderInvestigation investigation { RefundPolicy(),
        DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc()) };
    std::vector<double> prepare;
    std::vector<double> refund;
    std::vector<double> handOver;
    for (auto _ : state) {
        PurchaseOrderModel model;
        QElapsedTimer timer;
        timer.start();
        benchmark::DoNotOptimize(investigation.run(orders));
        refund.push_back(msSince(timer));
        timer.restart();
        PreparedOrders prepared = PreparedOrders::prepare(orders);
        prepare.push_back(msSince(timer));
        timer.restart();
        QEventLoop loop;
        QObject::connect(&model, &PurchaseOrderModel::ordersLoaded, &loop, &QEventLoop::quit);
        model.setPreparedOrders(std::move(prepared));
        if (model.isLoading())
            loop.exec();
        handOver.push_back(msSince(timer));
        state.SetIterationTime((prepare.back() + handOver.back()) / 1e3);
    }
    state.counters["prepare_ms"] = median(prepare);
    state.counters["refund_ms"] = median(refund);
    state.counters["batches_ms"] = median(handOver);
    state.counters["items"] = response->items;
}

// From the response's bytes in memory to the view showing every row: parsed on a worker, rows
// prepared on a worker and handed over in batches, as CustomerTab does; the event loop sampled
// all along.
void readyInView(benchmark::State& state, const Response* response)
{
    std::vector<double> ready;
    std::vector<double> firstRow;
    std::vector<double> lastRow;
    std::vector<double> stalls;
    for (auto _ : state) {
        OrdersView orders;
        EventLoopStallMeter meter;
        QEventLoop loop;
        QElapsedTimer timer;
        QObject::connect(&orders.model, &PurchaseOrderModel::ordersLoaded, &loop, &QEventLoop::quit);
        QFutureWatcher<QList<PurchaseOrder>> parsing;
        QObject::connect(&parsing, &QFutureWatcherBase::finished, &orders.model,
            [&] { orders.model.loadOrders(parsing.future().takeResult()); });
        meter.start();
        timer.start();
        parsing.setFuture(QtConcurrent::run([bytes = response->bytes] {
            return ordersOf(Response { 0, {}, bytes });
        }));
        loop.exec();
        orders.settle();
        ready.push_back(msSince(timer));
        // The refund columns follow the rows, worked out on a worker: taking them in is part of
        // loading for the event loop.
        orders.waitForRefundColumns();
        orders.settle();
        meter.stop();
        stalls.push_back(meter.worstStallMs());

        timer.restart();
        orders.view.scrollToTop();
        orders.settle();
        firstRow.push_back(msSince(timer));
        timer.restart();
        orders.view.scrollToBottom();
        orders.settle();
        lastRow.push_back(msSince(timer));
        state.SetIterationTime(ready.back() / 1e3);
    }
    state.counters["ready_ms"] = median(ready);
    state.counters["worst_stall_ms"] = *std::max_element(stalls.begin(), stalls.end());
    state.counters["first_row_ms"] = median(firstRow);
    state.counters["last_row_ms"] = median(lastRow);
    state.counters["items"] = response->items;
}

// The agent sets another "as of" instant: every item's refund columns worked out again on a
// worker, and the rows that read differently repainted; the event loop sampled all along.
void asOfChange(benchmark::State& state, const Response* response)
{
    OrdersView orders;
    orders.load(ordersOf(*response));
    orders.settle();
    std::vector<double> times;
    double stall = 0;
    int days = 0;
    for (auto _ : state) {
        InvestigationContext context;
        context.asOf = DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc().addDays(-(++days)));
        EventLoopStallMeter meter;
        QEventLoop loop;
        QObject::connect(&orders.model, &PurchaseOrderModel::investigated, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        meter.start();
        timer.start();
        orders.model.setInvestigationContext(context);
        loop.exec();
        orders.settle();
        times.push_back(msSince(timer));
        meter.stop();
        stall = std::max(stall, meter.worstStallMs());
        state.SetIterationTime(times.back() / 1e3);
    }
    state.counters["ready_ms"] = median(times);
    state.counters["worst_stall_ms"] = stall;
    state.counters["items"] = response->items;
}

// The agent turns "Refund candidates" on and off (Ctrl+Shift+R): every order's items are taken
// again, on the GUI thread; the toggle's time includes the view's layout and a paint.
void candidatesSwitch(benchmark::State& state, const Response* response)
{
    OrdersView orders;
    orders.load(ordersOf(*response));
    orders.settle();
    std::vector<double> times;
    for (auto _ : state) {
        for (const bool on : { true, false }) {
            QElapsedTimer timer;
            timer.start();
            orders.proxy.setCandidatesOnly(on);
            orders.settle();
            times.push_back(msSince(timer));
        }
        state.SetIterationTime(median(times) / 1e3);
    }
    state.counters["median_ms"] = median(times);
    state.counters["max_ms"] = *std::max_element(times.begin(), times.end());
    state.counters["items"] = response->items;
}

// What an agent types: the first word of a title from the middle of the list, letter by
// letter, then deleted letter by letter.
QStringList keystrokes(const QList<PurchaseOrder>& orders)
{
    QString word = QStringLiteral("the");
    if (!orders.isEmpty()) {
        const PurchaseOrder& order = orders.at(orders.size() / 2);
        if (order.purchaseOrderItemDtos && !order.purchaseOrderItemDtos->isEmpty())
            word = order.purchaseOrderItemDtos->constFirst().title.value_or(word).section(u' ', 0, 0).left(7);
    }
    QStringList typed;
    for (int length = 1; length <= word.size(); ++length)
        typed.append(word.left(length));
    for (int length = word.size() - 1; length >= 0; --length)
        typed.append(word.left(length));
    return typed;
}

void filterKeystrokes(benchmark::State& state, const Response* response)
{
    OrdersView orders;
    const QList<PurchaseOrder> dtos = ordersOf(*response);
    orders.load(dtos);
    orders.settle();
    const QStringList typed = keystrokes(dtos);
    std::vector<double> times;
    double stall = 0;
    for (auto _ : state) {
        // Each keystroke: the filter, the view's layout and a paint, one after the other.
        for (const QString& text : typed) {
            QElapsedTimer timer;
            timer.start();
            orders.proxy.setFilterText(text);
            orders.settle();
            times.push_back(msSince(timer));
        }
        // The same typing at ten keys a second with the event loop sampled.
        EventLoopStallMeter meter;
        QEventLoop loop;
        int next = 0;
        QTimer typing;
        typing.setInterval(100);
        QObject::connect(&typing, &QTimer::timeout, &loop, [&] {
            if (next == typed.size())
                loop.quit();
            else
                orders.proxy.setFilterText(typed.at(next++));
        });
        meter.start();
        typing.start();
        loop.exec();
        meter.stop();
        stall = std::max(stall, meter.worstStallMs());
        state.SetIterationTime(median(times) / 1e3);
    }
    state.counters["median_ms"] = median(times);
    state.counters["max_ms"] = *std::max_element(times.begin(), times.end());
    state.counters["worst_stall_ms"] = stall;
    state.counters["keystrokes"] = double(typed.size());
    state.counters["items"] = response->items;
}

void sortByColumn(benchmark::State& state, const Response* response, int column)
{
    OrdersView orders;
    orders.load(ordersOf(*response));
    orders.settle();
    std::vector<double> times;
    double first = -1;
    double stall = 0;
    for (auto _ : state) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QElapsedTimer timer;
            timer.start();
            orders.view.sortByColumn(column, order); // as a click on the header does
            orders.settle();
            times.push_back(msSince(timer));
            if (first < 0)
                first = times.back(); // the first sort by a text column makes its keys
        }
        // A click on the header with the event loop sampled.
        EventLoopStallMeter meter;
        meter.start();
        QTimer::singleShot(5, &orders.view,
            [&] { orders.view.sortByColumn(PurchaseOrderModel::Created, Qt::DescendingOrder); });
        QTimer::singleShot(60, &orders.view, [&] { orders.view.sortByColumn(column, Qt::AscendingOrder); });
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
        meter.stop();
        stall = std::max(stall, meter.worstStallMs());
        state.SetIterationTime(median(times) / 1e3);
    }
    state.counters["median_ms"] = median(times);
    state.counters["first_ms"] = first;
    state.counters["worst_stall_ms"] = stall;
    state.counters["items"] = response->items;
}

} // namespace

void registerViewBenchmarks(const QList<Response>& responses)
{
    struct Kind
    {
        const char* name;
        int column;
    };
    static const Kind kinds[]
        = { { "integer", PurchaseOrderModel::OrderOrItem }, { "date", PurchaseOrderModel::Created },
              { "text", PurchaseOrderModel::Title }, { "decimal", PurchaseOrderModel::UnitPrice },
              { "boolean", PurchaseOrderModel::LicenceAcknowledged } };
    for (const Response& response : responses) {
        const std::string items = std::to_string(response.items);
        benchmark::RegisterBenchmark(("model/build/" + items).c_str(), modelBuild, &response)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(("view/ready/" + items).c_str(), readyInView, &response)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(("refund/asof/" + items).c_str(), asOfChange, &response)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(("refund/candidates/" + items).c_str(), candidatesSwitch, &response)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
        benchmark::RegisterBenchmark(("filter/keystroke/" + items).c_str(), filterKeystrokes, &response)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
        for (const Kind& kind : kinds) {
            benchmark::RegisterBenchmark(("sort/" + std::string(kind.name) + "/" + items).c_str(),
                [column = kind.column](
                    benchmark::State& state, const Response* r) { sortByColumn(state, r, column); },
                &response)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond)
                ->Iterations(2);
        }
    }
}

} // namespace ff::perf
