// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/InvestigationContext.h"
#include "models/OrderInvestigation.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

namespace ff {

// Runs the orders tree's refund investigation (OrderInvestigation) for PurchaseOrderModel, with
// the context's policy at its instant, and keeps it current: only the latest run's results are
// handed over, and with no "as of" instant set, one timer wakes the model at the earliest
// instant at which time alone changes what an item shows (a rental ends, "5 min left" becomes
// "4 min left"), so that it runs again and repaints what changed.
//
// A run has three steps, so that the GUI thread is never held for long, whatever the customer's
// size: the orders are copied from the rows a slice per turn of the event loop, worked out on a
// worker, and handed back a slice per turn. 100 000 items copied or taken in at once held the
// window some 12 ms each, on top of a paint.
class OrderInvestigator final : public QObject
{
    Q_OBJECT

public:
    // Takes the run's results for orders [first, last) into the rows.
    using Adopt = std::function<void(OrderInvestigation::Result& result, size_t first, size_t last)>;

    // adopt: a slice of the latest run's results, on this object's thread; onAdopted: all of
    // them are in; onDue: the next change is due.
    OrderInvestigator(Adopt adopt, std::function<void(const DateTimeOffset& at)> onAdopted,
        std::function<void()> onDue, QObject* parent = nullptr);

    const InvestigationContext& context() const { return m_context; }
    void setContext(const InvestigationContext& context) { m_context = context; }
    // The context's policy at its instant, now when none is set: what a run uses.
    OrderInvestigation inputs() const { return { m_context.policy, m_context.instant() }; }

    // Investigates the nodes' orders, reading them over a few turns of the event loop: the caller
    // starts again, or cancels, whenever it changes them. A run still going is dropped.
    void start(const std::vector<OrderNode>& nodes);
    // No run goes on, and no timer is set.
    void cancel();
    bool isRunning() const { return m_step != Step::Idle; }

private:
    enum class Step { Idle, Copying, Working, Adopting };

    void continueStep();
    void copySlice();
    void startWorker();
    void adoptSlice();
    // Wakes the model at this instant, unless an "as of" instant is set (nothing then changes).
    void scheduleNextChange(const std::optional<DateTimeOffset>& next);

    Adopt m_adopt;
    std::function<void(const DateTimeOffset& at)> m_onAdopted;
    InvestigationContext m_context;
    quint64 m_generation = 0;
    Step m_step = Step::Idle;
    const std::vector<OrderNode>* m_nodes = nullptr;
    QList<PurchaseOrder> m_copied;
    OrderInvestigation::Result m_result;
    size_t m_next = 0; // the next order to copy or to take in
    QTimer m_slices; // the next slice, at the next turn of the event loop
    QTimer m_timer;
};

} // namespace ff
