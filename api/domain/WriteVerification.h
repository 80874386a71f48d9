// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <QString>
#include <optional>

namespace ff {

// When a write's answer says nothing certain (a timeout, a dropped connection, a 5xx, a
// redirect, a 2xx about something else), the order is read again and compared with what was
// there before and what was sent, to tell the agent whether the write landed. The API has no
// idempotency key, so where the comparison cannot be certain it says so rather than guessing.
struct WriteVerification
{
    // NotYetSeen: nothing there yet, from a read made before the grace period was over; a
    // server still at work may yet apply it, so it may not be sent again.
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

    // What a read may conclude: "not applied" only when it was made after the grace period.
    static WriteVerification concluded(WriteVerification read, bool readAfterGracePeriod);
    // How long after an unknown outcome a read must wait to conclude "not applied": the
    // request's own timeout again, the time the server was given to answer.
    static int gracePeriodMs(int requestTimeoutMs);

    // Whether a readable 2xx answer to an add-item is the answer to this write: the order it
    // was sent to, holding an item like the one sent with an id the server gave it. Why not,
    // when it is not.
    static std::optional<QString> answerProblem(
        qint64 purchaseOrderId, const PurchaseOrderItem& sent, const PurchaseOrder& answer);
    // The same for a licence acknowledgement: the entitlement of this item, acknowledged.
    static std::optional<QString> answerProblem(qint64 purchaseOrderItemId, const EntitlementV1& answer);
};

} // namespace ff
