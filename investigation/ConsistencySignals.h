// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/SignalContext.h"

namespace ff {

// The signals that the records do not fit together: a clock anomaly (a licence, stream or
// download before the purchase, or a stream or download with no licence or before it, by more
// than the policy's clock skew), an entitlement conflict (the platform's end or type against the
// order's), and a box set partly used (some of its children started).
class ConsistencySignals final
{
public:
    static void raise(const SignalContext& context, QList<RefundSignal>& raised);
};

} // namespace ff
