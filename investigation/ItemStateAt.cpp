// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/ItemStateAt.h"

#include <QCoreApplication>

namespace ff {

namespace {

QString statusCode(const PurchaseOrder& order)
{
    return order.status && order.status->code ? *order.status->code : QString();
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
    if (facts.entitlementOwnership && *facts.entitlementOwnership != facts.ownership) {
        result.typesDisagree = true;
        result.unknownReason = facts.ownership == ItemFacts::Ownership::Owned
            ? QCoreApplication::translate("ff::ItemStateAt",
                "The order says it was bought to keep, but its entitlement's type is \"%1\".")
                  .arg(facts.entitlementTypeName)
            : QCoreApplication::translate(
                "ff::ItemStateAt", "The order says it is a rental, but its entitlement's type is \"%1\".")
                  .arg(facts.entitlementTypeName);
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
