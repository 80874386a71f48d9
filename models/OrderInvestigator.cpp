// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderInvestigator.h"

#include "models/DisplayFormat.h"
#include "models/OrderNode.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <algorithm>

namespace ff {

namespace {

// A timer set further ahead than this wakes early and is set again: a QTimer's interval is an
// int of milliseconds, and the clock may be changed meanwhile.
constexpr qint64 LongestWaitMs = 6 * 3600 * 1000;

} // namespace

OrderInvestigator::OrderInvestigator(OnResult onResult, std::function<void()> onDue, QObject* parent)
    : QObject(parent)
    , m_onResult(std::move(onResult))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a second late is a row shown wrong for a second
    connect(&m_timer, &QTimer::timeout, this, std::move(onDue));
}

void OrderInvestigator::start(const std::vector<OrderNode>& nodes)
{
    QList<PurchaseOrder> orders;
    orders.reserve(qsizetype(nodes.size()));
    for (const OrderNode& node : nodes)
        orders.append(node.order); // shares the data: the worker reads while the rows stay
    const quint64 generation = ++m_generation;
    m_running = true;
    auto* watcher = new QFutureWatcher<OrderInvestigation::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        m_onResult(watcher->future().takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run([orders = std::move(orders), inputs = inputs()] { return inputs.run(orders); }));
}

void OrderInvestigator::cancel()
{
    ++m_generation;
    m_running = false;
    m_timer.stop();
}

void OrderInvestigator::scheduleNextChange(const std::optional<DateTimeOffset>& next)
{
    if (!next || m_context.asOf) {
        m_timer.stop();
        return;
    }
    // At the instant itself the window has ended (windows are half-open): a millisecond after it,
    // since the run reads the clock in milliseconds.
    const qint64 wait = DisplayFormat::millisecondsOf(*next) - QDateTime::currentMSecsSinceEpoch() + 1;
    m_timer.start(int(std::clamp<qint64>(wait, 0, LongestWaitMs)));
}

} // namespace ff
