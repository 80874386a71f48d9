// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/ItemStateAt.h"

#include <QCoreApplication>

namespace ff {

namespace {

QString statusCode(const PurchaseOrder& order)
{
    return order.status && order.status->code ? *order.status->code : QString();
}

// The order's offer type as the agent finds it on the order: its name, else its id.
QString offerTypeText(const PurchaseOrder& order)
{
    if (order.offerType && !order.offerType->trimmed().isEmpty())
        return *order.offerType;
    return order.offerTypeId ? QString::number(*order.offerTypeId) : QString();
}

// Why the kind of purchase is unknown when the fields that tell it contradict one another.
QString typeConflict(const PurchaseOrder& order, const ItemFacts& facts, const ItemStateAt& state)
{
    QStringList reasons;
    if (state.typesDisagree) {
        reasons.append(facts.ownership == ItemFacts::Ownership::Owned
                ? QCoreApplication::translate("ff::ItemStateAt",
                    "The order says it was bought to keep, but its entitlement's type is \"%1\".")
                      .arg(facts.entitlementTypeName)
                : QCoreApplication::translate(
                    "ff::ItemStateAt", "The order says it is a rental, but its entitlement's type is \"%1\".")
                      .arg(facts.entitlementTypeName));
    }
    if (state.rentalFlagOnOwned) {
        reasons.append(QCoreApplication::translate("ff::ItemStateAt",
            "The order's offer type \"%1\" says it was bought to keep, but the item is "
            "marked Download-To-Rent (IsDtr), which is a rental.")
                           .arg(offerTypeText(order)));
    }
    return reasons.join(u' ');
}

} // namespace

bool ItemStateAt::isRefunded(const PurchaseOrder& order, const RefundPolicy& policy)
{
    const bool hasReference
        = order.paymentProviderRefundTransId && !order.paymentProviderRefundTransId->trimmed().isEmpty();
    return hasReference || policy.isRefunded(statusCode(order));
}

bool ItemStateAt::isUnpaid(const PurchaseOrder& order, const RefundPolicy& policy)
{
    const QString code = statusCode(order);
    return policy.isPending(code) || policy.isFailed(code);
}

ItemStateAt ItemStateAt::of(const PurchaseOrder& order, const PurchaseOrderItem& item, const ItemFacts& facts,
    const RentalWindow& window, const RefundPolicy& policy, const DateTimeOffset& at)
{
    ItemStateAt result;
    if (isUnpaid(order, policy)) {
        result.state = ItemState::Unpaid;
        return result;
    }
    if (isRefunded(order, policy)) {
        result.state = ItemState::Refunded;
        return result;
    }
    if (item.deleted.value_or(false)) {
        result.state = ItemState::Deleted;
        return result;
    }
    if (facts.ownership == ItemFacts::Ownership::Unknown) {
        result.unknownReason = QCoreApplication::translate("ff::ItemStateAt",
            "Whether it is a rental or bought to keep is unknown: the order names no offer type.");
        return result;
    }
    result.typesDisagree = facts.entitlementOwnership && *facts.entitlementOwnership != facts.ownership;
    result.rentalFlagOnOwned = facts.ownership == ItemFacts::Ownership::Owned && facts.downloadToRent;
    if (result.typesDisagree || result.rentalFlagOnOwned) {
        result.unknownReason = typeConflict(order, facts, result);
        return result;
    }
    if (facts.ownership == ItemFacts::Ownership::Owned) {
        result.state = facts.used() ? ItemState::OwnedPlayed : ItemState::OwnedUnplayed;
        return result;
    }
    if (!window.end) {
        result.unknownReason = window.unknownReason;
        return result;
    }
    if (at < *window.end) {
        result.state = facts.started() ? ItemState::Active : ItemState::NotStarted;
        result.timeLeftSeconds = (window.end->utcTicks() - at.utcTicks()) / DateTimeOffset::TicksPerSecond;
    } else {
        result.state = facts.used() ? ItemState::ExpiredWatched : ItemState::ExpiredUnused;
    }
    return result;
}

} // namespace ff
