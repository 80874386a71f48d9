// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "investigation/RefundTerms.h"

#include <QtGlobal>
#include <optional>

namespace ff {

struct ItemInvestigation;

// What the orders tree keeps of an item's investigation (ItemInvestigation, which points into
// the orders it was made from and so cannot outlive a worker's run): the state with the time
// left or since, the verdict, the signals raised and which of them argue for a refund, and when
// time alone changes the answer. Small, so that 100 000 of them sit beside the rows.
struct InvestigatedItem
{
    ItemState state = ItemState::Unknown;
    RefundVerdict verdict = RefundVerdict::NotDue;
    // Whole seconds to the end (not started, active) or since it (expired), at the instant.
    std::optional<qint64> timeLeftSeconds;
    std::optional<qint64> secondsSinceEnd;
    quint32 signalKinds = 0; // bit n: SignalKind n was raised
    quint32 reasons = 0; // bit n: SignalKind n was raised and supports a refund or needs review
    std::optional<DateTimeOffset> nextChange;

    static InvestigatedItem of(const ItemInvestigation& investigation);
    static constexpr quint32 bit(SignalKind kind) { return quint32(1) << int(kind); }
    bool raised(SignalKind kind) const { return (signalKinds & bit(kind)) != 0; }
    bool isCandidate() const { return isRefundCandidate(verdict); }
    // Whether the orders tree shows both alike: the same state, verdict and signals, and times
    // that read the same to the unit shown ("2 d 4 h", "1 h 05 min", "45 min", "30 s").
    bool readsAs(const InvestigatedItem& other) const;
    // A span in the units RefundSentences::span shows it in: equal when it reads the same.
    static qint64 shownUnits(qint64 seconds);
};

} // namespace ff
