// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/RefundSignal.h"
#include "investigation/RefundTerms.h"

namespace ff {

// The verdict from the state and the signals, each weighed by the policy: already refunded where
// the state is refunded, nothing paid where it is unpaid; else due when something supports a
// refund and nothing opposes it; review when anything supports or needs review (a person then
// sees the evidence for and against side by side); else not due.
class RefundVerdictRule final
{
public:
    static RefundVerdict of(ItemState state, const QList<RefundSignal>& raised);
};

} // namespace ff
