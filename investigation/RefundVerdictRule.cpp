// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/RefundVerdictRule.h"

namespace ff {

RefundVerdict RefundVerdictRule::of(ItemState state, const QList<RefundSignal>& raised)
{
    if (state == ItemState::Refunded)
        return RefundVerdict::AlreadyRefunded;
    if (state == ItemState::Unpaid)
        return RefundVerdict::NothingPaid;
    bool supports = false;
    bool review = false;
    bool opposes = false;
    for (const RefundSignal& signal : raised) {
        if (!signal.weight)
            continue;
        supports |= *signal.weight == SignalWeight::Supports;
        review |= *signal.weight == SignalWeight::Review;
        opposes |= *signal.weight == SignalWeight::Opposes;
    }
    if (supports && !opposes)
        return RefundVerdict::Due;
    if (supports || review)
        return RefundVerdict::Review;
    return RefundVerdict::NotDue;
}

} // namespace ff
