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
            "the order now has %1 new items like this one: check them before doing anything else")
              .arg(newMatches.size())
        : QCoreApplication::translate("ff::WriteVerification",
            "the order changed in other ways meanwhile (%1 other new item(s)): check it before trying again")
              .arg(newOthers);
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

} // namespace ff
