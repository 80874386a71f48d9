// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemFacts.h"
#include "investigation/ItemStateAt.h"
#include "investigation/RefundSignal.h"
#include "investigation/RentalWindow.h"

#include <QStringList>

namespace ff {

// Everything the investigation found about one item at one instant: the facts, the rental
// window, the state, the signals with their evidence, the verdict, and what could not be told.
struct ItemInvestigation
{
    const PurchaseOrder* order = nullptr; // what it was made from; owned by the caller
    const PurchaseOrderItem* item = nullptr;
    DateTimeOffset at;
    ItemFacts facts;
    RentalWindow window;
    ItemStateAt state;
    QList<RefundSignal> raisedSignals;
    RefundVerdict verdict = RefundVerdict::NotDue;
    QStringList unknowns;
    // The next instant at which time alone changes the state or a signal (the rental ends, the
    // courtesy window closes); none when nothing will.
    std::optional<DateTimeOffset> nextChange;

    bool isCandidate() const { return isRefundCandidate(verdict); }
    const RefundSignal* signal(SignalKind kind) const
    {
        for (const RefundSignal& raised : raisedSignals) {
            if (raised.kind == kind)
                return &raised;
        }
        return nullptr;
    }
};

} // namespace ff
