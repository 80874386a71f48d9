// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemFacts.h"
#include "investigation/ItemStateAt.h"
#include "investigation/RefundSignal.h"
#include "investigation/RentalWindow.h"

namespace ff {

// What every signal rule looks at for one item: the DTOs, the facts read from them, the rental
// window, the state at the instant, the policy and the instant itself.
struct SignalContext
{
    const PurchaseOrder& order;
    const PurchaseOrderItem& item;
    const ItemFacts& facts;
    const RentalWindow& window;
    const ItemStateAt& state;
    const RefundPolicy& policy;
    const DateTimeOffset& at;

    RefundSignal signal(SignalKind kind, QList<Evidence> evidence) const
    {
        return RefundSignal { kind, policy.weightOf(kind), std::move(evidence) };
    }
    // The purchase instant under the API's name of the field it came from.
    Evidence purchaseEvidence() const
    {
        const bool fromItem = ItemFacts::present(item.createdDate).has_value();
        return { fromItem ? QStringLiteral("CreatedDate") : QStringLiteral("CreateDate"),
            Evidence::of(facts.purchasedAt) };
    }
};

} // namespace ff
