// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/SignalContext.h"

#include <QStringList>

namespace ff {

// The signals about what was paid: already refunded (the refund belongs to the order, so every
// item of it), and terms that differ from the offer that was on sale at the purchase instant.
// (A duplicate purchase needs the customer's other items: DuplicatePurchases.)
class PurchaseSignals final
{
public:
    // Adds to unknowns what could not be checked, and why.
    static void raise(const SignalContext& context, QList<RefundSignal>& raised, QStringList& unknowns);
};

} // namespace ff
