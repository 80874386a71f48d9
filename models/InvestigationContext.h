// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "investigation/RefundPolicy.h"

#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace ff {

// What a customer's refund investigation is worked out with, in the window: the affiliate's
// policy and time zone (from the connection profile), and the instant the agent set ("as of")
// or none for now. The orders tree, the customer header and the investigation card share one,
// so that they never disagree about which rules and which instant they show.
struct InvestigationContext
{
    RefundPolicy policy;
    QTimeZone affiliateZone = QTimeZone::systemTimeZone();
    std::optional<DateTimeOffset> asOf; // none: now, ticking

    DateTimeOffset instant() const
    {
        return asOf ? *asOf : DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
    }
    friend bool operator==(const InvestigationContext&, const InvestigationContext&) = default;
};

} // namespace ff
