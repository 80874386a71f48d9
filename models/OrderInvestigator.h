// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/InvestigationContext.h"
#include "models/OrderInvestigation.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

namespace ff {

// Runs the orders tree's refund investigation on a worker (OrderInvestigation) for
// PurchaseOrderModel, with the context's policy at its instant, and keeps it current: only the
// latest run's results are handed over, and with no "as of" instant set, one timer wakes the
// model at the earliest instant at which time alone changes an item (a rental ends, a courtesy
// window closes), so that it runs again and repaints what changed.
class OrderInvestigator final : public QObject
{
    Q_OBJECT

public:
    using OnResult = std::function<void(OrderInvestigation::Result&& result)>;

    // onResult: the latest run's results, on this object's thread; onDue: the next change is due.
    OrderInvestigator(OnResult onResult, std::function<void()> onDue, QObject* parent = nullptr);

    const InvestigationContext& context() const { return m_context; }
    void setContext(const InvestigationContext& context) { m_context = context; }
    // The context's policy at its instant, now when none is set: what a run uses.
    OrderInvestigation inputs() const { return { m_context.policy, m_context.instant() }; }

    // Investigates the nodes' orders on a worker; a run still going is not listened to any more.
    void start(const std::vector<OrderNode>& nodes);
    // No run is listened to, and no timer is set.
    void cancel();
    // Wakes the model at this instant, unless an "as of" instant is set (nothing then changes).
    void scheduleNextChange(const std::optional<DateTimeOffset>& next);
    bool isRunning() const { return m_running; }
    // Whether the timer is set, for tests.
    bool isTicking() const { return m_timer.isActive(); }

private:
    OnResult m_onResult;
    InvestigationContext m_context;
    quint64 m_generation = 0;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace ff
