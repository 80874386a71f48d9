// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderInvestigator.h"

#include "models/DisplayFormat.h"
#include "models/OrderNode.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ff {

namespace {

// What one slice may hold the GUI thread for; a paint takes as long again.
constexpr qint64 SliceBudgetNs = 4'000'000;
// Orders copied or taken in between two looks at the clock.
constexpr size_t OrdersPerLook = 512;

// A timer set further ahead than this wakes early and is set again: a QTimer's interval is an
// int of milliseconds, and the clock may be changed meanwhile.
constexpr qint64 LongestWaitMs = 6 * 3600 * 1000;

// A run copies the customer's orders (a block of some 15 MB at 100 000 items) and lets it go
// when done; glibc keeps freed memory for reuse below a threshold that it raises as large blocks
// come and go, so the console stayed that much bigger after every run (the bench: 2.3x the
// response where it was 2.0x). Handed back at once instead, on the worker.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

OrderInvestigator::OrderInvestigator(Adopt adopt, std::function<void(const DateTimeOffset& at)> onAdopted,
    std::function<void()> onDue, QObject* parent)
    : QObject(parent)
    , m_adopt(std::move(adopt))
    , m_onAdopted(std::move(onAdopted))
{
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &OrderInvestigator::continueStep);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a second late is a row shown wrong for a second
    connect(&m_timer, &QTimer::timeout, this, std::move(onDue));
}

void OrderInvestigator::start(const std::vector<OrderNode>& nodes)
{
    cancel();
    m_nodes = &nodes;
    m_copied.reserve(qsizetype(nodes.size()));
    m_step = Step::Copying;
    m_slices.start(); // at the next turn: the rows' own last turn (or a replaced order's) is long enough
}

void OrderInvestigator::cancel()
{
    ++m_generation; // a worker still going is not listened to any more
    m_step = Step::Idle;
    m_nodes = nullptr;
    m_copied = {};
    m_result = {};
    m_next = 0;
    m_slices.stop();
    m_timer.stop();
}

void OrderInvestigator::continueStep()
{
    if (m_step == Step::Copying)
        copySlice();
    else if (m_step == Step::Adopting)
        adoptSlice();
}

void OrderInvestigator::copySlice()
{
    QElapsedTimer clock;
    clock.start();
    const std::vector<OrderNode>& nodes = *m_nodes;
    while (m_next < nodes.size() && clock.nsecsElapsed() < SliceBudgetNs) {
        const size_t end = std::min(nodes.size(), m_next + OrdersPerLook);
        for (; m_next < end; ++m_next)
            m_copied.append(nodes[m_next].order); // shares the data: the worker reads while the rows stay
    }
    if (m_next < nodes.size())
        m_slices.start();
    else
        startWorker();
}

void OrderInvestigator::startWorker()
{
    m_step = Step::Working;
    m_next = 0;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<OrderInvestigation::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_result = watcher->future().takeResult();
        m_step = Step::Adopting;
        adoptSlice();
    });
    watcher->setFuture(QtConcurrent::run([orders = std::move(m_copied), inputs = inputs()]() mutable {
        OrderInvestigation::Result result = inputs.run(orders);
        orders = {}; // the rows keep theirs
        releaseFreedMemory();
        return result;
    }));
    m_copied = {};
}

void OrderInvestigator::adoptSlice()
{
    QElapsedTimer clock;
    clock.start();
    const size_t count = m_result.orders.size();
    while (m_next < count && clock.nsecsElapsed() < SliceBudgetNs) {
        const size_t end = std::min(count, m_next + OrdersPerLook);
        m_adopt(m_result, m_next, end);
        m_next = end;
    }
    if (m_next < count) {
        m_slices.start();
        return;
    }
    const DateTimeOffset at = m_result.at;
    const std::optional<DateTimeOffset> nextChange = m_result.nextChange;
    m_result = {};
    m_step = Step::Idle;
    m_nodes = nullptr;
    scheduleNextChange(nextChange);
    m_onAdopted(at);
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
