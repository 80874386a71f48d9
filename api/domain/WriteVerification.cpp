// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/domain/WriteVerification.h"

#include <QCoreApplication>
#include <QSet>

namespace ff {

namespace {

// The same title bought the same way: what the agent sent, whatever ids the server gave it.
bool sameAsSent(const PurchaseOrderItem& item, const PurchaseOrderItem& sent)
{
    return item.offerId == sent.offerId && item.supplierRef == sent.supplierRef
        && item.unitPrice == sent.unitPrice;
}

QList<PurchaseOrderItem> itemsOf(const PurchaseOrder& order)
{
    return order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>());
}

} // namespace

WriteVerification WriteVerification::ofAddedItem(
    const PurchaseOrder& before, const PurchaseOrderItem& sent, const PurchaseOrder& after)
{
    QSet<qint64> known;
    bool identicalBefore = false;
    for (const PurchaseOrderItem& item : itemsOf(before)) {
        known.insert(item.id.value_or(0));
        identicalBefore = identicalBefore || sameAsSent(item, sent);
    }
    QList<qint64> newMatches;
    int newOthers = 0;
    for (const PurchaseOrderItem& item : itemsOf(after)) {
        if (known.contains(item.id.value_or(0)))
            continue;
        if (sameAsSent(item, sent))
            newMatches.append(item.id.value_or(0));
        else
            ++newOthers;
    }

    WriteVerification result;
    if (identicalBefore) {
        result.verdict = Verdict::Uncertain;
        result.explanation = QCoreApplication::translate("ff::WriteVerification",
            "the order already had an identical item before this one was sent, so whether a "
            "second one was added cannot be told for certain: check the order's items");
        if (!newMatches.isEmpty())
            result.itemId = newMatches.first();
        return result;
    }
    if (newMatches.size() == 1) {
        result.verdict = Verdict::Applied;
        result.itemId = newMatches.first();
        result.explanation = QCoreApplication::translate(
            "ff::WriteVerification", "the order now has the item (item %1): it was added")
                                 .arg(result.itemId);
        return result;
    }
    if (newMatches.isEmpty() && newOthers == 0) {
        result.verdict = Verdict::NotApplied;
        result.explanation = QCoreApplication::translate(
            "ff::WriteVerification", "the order has no new item: it was not added");
        return result;
    }
    result.verdict = Verdict::Uncertain;
    result.explanation = newMatches.size() > 1
        ? QCoreApplication::translate("ff::WriteVerification",
            "the order now has %n new items like this one: check them before doing anything else", nullptr,
            int(newMatches.size()))
        : QCoreApplication::translate("ff::WriteVerification",
            "the order changed in other ways meanwhile (%n other new item(s)): check it before trying again",
            nullptr, int(newOthers));
    return result;
}

WriteVerification WriteVerification::ofAcknowledgement(
    const PurchaseOrderItem& before, const PurchaseOrderItem& after)
{
    WriteVerification result;
    result.itemId = after.id.value_or(0);
    if (before.licenseAcknowledged.value_or(false)) {
        result.verdict = Verdict::Uncertain;
        result.explanation = QCoreApplication::translate("ff::WriteVerification",
            "the licence was already marked acknowledged before, so this cannot tell whether "
            "the new acknowledgement was recorded");
    } else if (after.licenseAcknowledged.value_or(false)) {
        result.verdict = Verdict::Applied;
        result.explanation = QCoreApplication::translate(
            "ff::WriteVerification", "the licence is now marked acknowledged: it was recorded");
    } else {
        result.verdict = Verdict::NotApplied;
        result.explanation = QCoreApplication::translate(
            "ff::WriteVerification", "the licence is still not acknowledged: it was not recorded");
    }
    return result;
}

WriteVerification WriteVerification::concluded(WriteVerification read, bool readAfterGracePeriod)
{
    if (read.verdict != Verdict::NotApplied || readAfterGracePeriod)
        return read;
    read.verdict = Verdict::NotYetSeen;
    read.explanation = QCoreApplication::translate(
        "ff::WriteVerification", "it is not there yet, but the server may still be working on it");
    return read;
}

int WriteVerification::gracePeriodMs(int requestTimeoutMs)
{
    return qMax(0, requestTimeoutMs);
}

std::optional<QString> WriteVerification::answerProblem(
    qint64 purchaseOrderId, const PurchaseOrderItem& sent, const PurchaseOrder& answer)
{
    if (answer.id.value_or(0) != purchaseOrderId)
        return answer.id ? QCoreApplication::translate(
                   "ff::WriteVerification", "the answer is about order %1, not order %2")
                               .arg(*answer.id)
                               .arg(purchaseOrderId)
                         : QCoreApplication::translate("ff::WriteVerification", "the answer names no order");
    for (const PurchaseOrderItem& item : itemsOf(answer)) {
        if (item.id.value_or(0) > 0 && sameAsSent(item, sent))
            return std::nullopt;
    }
    return QCoreApplication::translate(
        "ff::WriteVerification", "the order in the answer does not hold the item that was sent");
}

std::optional<QString> WriteVerification::answerProblem(
    qint64 purchaseOrderItemId, const EntitlementV1& answer)
{
    if (answer.id.value_or(0) != purchaseOrderItemId)
        return answer.id
            ? QCoreApplication::translate("ff::WriteVerification", "the answer is about item %1, not item %2")
                  .arg(*answer.id)
                  .arg(purchaseOrderItemId)
            : QCoreApplication::translate("ff::WriteVerification", "the answer names no item");
    if (!answer.licenseAcknowledged.value_or(false))
        return QCoreApplication::translate(
            "ff::WriteVerification", "the answer does not show the licence acknowledged");
    return std::nullopt;
}

} // namespace ff
