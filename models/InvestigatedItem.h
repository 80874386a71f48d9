// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "investigation/RefundTerms.h"

#include <QtGlobal>
#include <limits>
#include <optional>

namespace ff {

struct ItemInvestigation;

static_assert(SignalKindCount <= 16, "InvestigatedItem keeps the signals raised in 16 bits");

// What the orders tree keeps of an item's investigation (ItemInvestigation, which points into
// the orders it was made from and so cannot outlive a worker's run): the state with the time
// left or since, the verdict, and the signals raised and which of them argue for a refund.
// 24 bytes, so that 100 000 of them sit beside the rows (the bench's memory measure); when time
// alone changes the answer is kept once for all of them (OrderInvestigation::Result).
struct InvestigatedItem
{
    ItemState state = ItemState::Unknown;
    RefundVerdict verdict = RefundVerdict::NotDue;
    quint16 signalKinds = 0; // bit n: SignalKind n was raised
    quint16 reasons = 0; // bit n: SignalKind n was raised and supports a refund or needs review
    // Whole seconds to the end (not started, active) or since it (expired), at the instant; a span
    // of more than 68 years reads as 68 years.
    std::optional<qint32> timeLeftSeconds;
    std::optional<qint32> secondsSinceEnd;
    // An item added to its order since the last run: nothing known yet (OrderNode).
    bool pending = false;

    static InvestigatedItem of(const ItemInvestigation& investigation);
    static constexpr quint16 bit(SignalKind kind) { return quint16(1u << int(kind)); }
    bool raised(SignalKind kind) const { return (signalKinds & bit(kind)) != 0; }
    bool isCandidate() const { return isRefundCandidate(verdict); }
    // Whether the orders tree shows both alike: the same state, verdict and signals, and times
    // that read the same to the unit shown ("2 d 4 h", "1 h 05 min", "45 min", "30 s").
    bool readsAs(const InvestigatedItem& other) const;
    // A span in the units RefundSentences::span shows it in: equal when it reads the same.
    static qint64 shownUnits(qint64 seconds);
    // The smallest unit a span is shown in: 3600, 60 or 1 second.
    static qint64 lastUnitShown(qint64 seconds);
    // In how many seconds the time left or since reads otherwise as time passes ("2 d 4 h left"
    // becomes "2 d 3 h left"); none when no time is shown.
    std::optional<qint64> secondsUntilTimeReadsOtherwise() const;
};

} // namespace ff
