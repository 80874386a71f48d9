// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/Evidence.h"
#include "investigation/RefundTerms.h"

#include <optional>

namespace ff {

// A fact about an item that bears on a refund: its kind, how the policy weighs it (none for
// already-refunded) and the fields that raised it. What it says to a customer is worked out from
// these fields (RefundSentences), so the sentence never says more than the evidence.
struct RefundSignal
{
    SignalKind kind;
    std::optional<SignalWeight> weight;
    QList<Evidence> evidence;

    const EvidenceValue* value(QStringView field) const { return findEvidence(evidence, field); }
};

} // namespace ff
