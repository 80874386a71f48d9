// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/SignalContext.h"

namespace ff {

// The signals about whether and how far an item was watched: unwatched in the courtesy window,
// expired unused, delivery failure, stopped early, watched.
class ViewingSignals final
{
public:
    static void raise(const SignalContext& context, QList<RefundSignal>& raised);
    // When the courtesy window of an item bought at this instant closes.
    static std::optional<DateTimeOffset> courtesyEnd(const ItemFacts& facts, const RefundPolicy& policy);
};

} // namespace ff
