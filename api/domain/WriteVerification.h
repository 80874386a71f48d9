// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <QString>
#include <optional>

namespace ff {

// When a write's answer never came (a timeout, a dropped connection), the order is read again
// and compared with what was there before and what was sent, to tell the agent whether the
// write landed. The API has no idempotency key, so where the comparison cannot be certain it
// says so rather than guessing.
struct WriteVerification
{
    enum class Verdict { Applied, NotApplied, Uncertain, NotYetSeen };

    Verdict verdict = Verdict::Uncertain;
    QString explanation;
    qint64 itemId = 0; // the item the write created or changed, when known

    // An add-item: before is the order as it was when the item was sent, after as read again.
    static WriteVerification ofAddedItem(
        const PurchaseOrder& before, const PurchaseOrderItem& sent, const PurchaseOrder& after);
    // A licence acknowledgement of one item, from that item before and after (as read again).
    static WriteVerification ofAcknowledgement(
        const PurchaseOrderItem& before, const PurchaseOrderItem& after);
    static std::optional<QString> answerProblem(qint64, const PurchaseOrderItem&, const PurchaseOrder&)
    {
        return std::nullopt;
    }
    static std::optional<QString> answerProblem(qint64, const EntitlementV1&) { return std::nullopt; }
    static WriteVerification concluded(WriteVerification read, bool) { return read; }
    static int gracePeriodMs(int) { return 0; }
};

} // namespace ff
