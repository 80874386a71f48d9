// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/ItemFacts.h"

#include <QCoreApplication>

namespace ff {

namespace {

constexpr qint64 TicksPerSecond = DateTimeOffset::TicksPerSecond;
// 0001-01-02T00:00:00 and 9999-12-31T00:00:00, in seconds since 1970, on the date's own clock.
constexpr qint64 SecondOfYearOneDayTwo = -62'135'510'400;
constexpr qint64 SecondOfLastDay = 253'402'214'400;

qint64 localSeconds(const DateTimeOffset& date)
{
    return date.utcTicks() / TicksPerSecond + date.offsetSeconds();
}

bool containsIgnoringCase(const QList<QString>& list, const QString& text)
{
    for (const QString& entry : list) {
        if (entry.compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ItemFacts::Ownership ownershipOf(
    const PurchaseOrder& order, const RefundPolicy& policy, QStringList& unknowns)
{
    if (policy.isOwnedOfferType(order.offerType, order.offerTypeId))
        return ItemFacts::Ownership::Owned;
    if ((order.offerType && !order.offerType->trimmed().isEmpty()) || order.offerTypeId)
        return ItemFacts::Ownership::Rental;
    unknowns.append(QCoreApplication::translate("ff::ItemFacts",
        "The order names no offer type, so whether it is a rental or bought to keep is "
        "unknown."));
    return ItemFacts::Ownership::Unknown;
}

void readLength(ItemFacts& facts, const PurchaseOrderItem& item)
{
    if (facts.entitlement && facts.entitlement->mediaItem && facts.entitlement->mediaItem->duration) {
        const QString text = facts.entitlement->mediaItem->duration->trimmed();
        const QByteArray utf8 = text.toUtf8();
        const std::optional<TimeSpan> span
            = TimeSpan::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (span && span->ticks() > 0) {
            facts.lengthSeconds = span->ticks() / TicksPerSecond;
            facts.lengthFromMediaItem = true;
        } else {
            facts.unknowns.append(
                QCoreApplication::translate("ff::ItemFacts", "The title's length \"%1\" cannot be read.")
                    .arg(text));
        }
        return;
    }
    if (item.duration && *item.duration > 0)
        facts.lengthSeconds = *item.duration * 60;
    else
        facts.unknowns.append(QCoreApplication::translate("ff::ItemFacts", "The title's length is unknown."));
}

void readEntitlement(ItemFacts& facts, const EntitlementLookup& lookup, const RefundPolicy& policy)
{
    switch (lookup.outcome) {
    case EntitlementLookup::Outcome::NotAsked:
        facts.entitlementUse = ItemFacts::EntitlementUse::NotAsked;
        return;
    case EntitlementLookup::Outcome::NotFound:
        facts.entitlementUse = ItemFacts::EntitlementUse::None;
        facts.unknowns.append(QCoreApplication::translate("ff::ItemFacts",
            "The platform has no current entitlement for this title, so its expiry, "
            "how far it played and its offers are unknown."));
        return;
    case EntitlementLookup::Outcome::Failed:
        facts.entitlementUse = ItemFacts::EntitlementUse::Unavailable;
        facts.unknowns.append(QCoreApplication::translate("ff::ItemFacts",
            "The entitlement could not be read (%1), so the platform's expiry, how far "
            "it played and the offers are unknown.")
                                  .arg(lookup.failure));
        return;
    case EntitlementLookup::Outcome::Found:
        break;
    }
    const Entitlement& entitlement = *lookup.entitlement;
    if (!entitlement.id || *entitlement.id != facts.itemId) {
        facts.entitlementUse = ItemFacts::EntitlementUse::OtherItem;
        facts.otherItemId = entitlement.id;
        facts.unknowns.append(
            QCoreApplication::translate("ff::ItemFacts",
                "The platform's current entitlement for this title is another item's (%1), "
                "so this item's expiry, how far it played, box-set children and offers are "
                "unknown.")
                .arg(entitlement.id ? QString::number(*entitlement.id)
                                    : QCoreApplication::translate("ff::ItemFacts", "no id")));
        return;
    }
    facts.entitlementUse = ItemFacts::EntitlementUse::ThisItem;
    facts.entitlement = &entitlement;
    facts.lastPlayPosition = entitlement.lastPlayPosition;
    facts.downloadToRent = facts.downloadToRent || entitlement.isDtr.value_or(false);
    if (const std::optional<DateTimeOffset> expiry = ItemFacts::present(entitlement.rentalExpiryTime)) {
        if (localSeconds(*expiry) < SecondOfLastDay)
            facts.platformEnd = expiry; // 9999-12-31 means no expiry
    }
    if (entitlement.entitlementType && entitlement.entitlementType->name) {
        facts.entitlementTypeName = entitlement.entitlementType->name->trimmed();
        if (containsIgnoringCase(policy.ownedEntitlementTypes, facts.entitlementTypeName))
            facts.entitlementOwnership = ItemFacts::Ownership::Owned;
        else if (containsIgnoringCase(policy.rentalEntitlementTypes, facts.entitlementTypeName))
            facts.entitlementOwnership = ItemFacts::Ownership::Rental;
    }
}

} // namespace

std::optional<DateTimeOffset> ItemFacts::present(const std::optional<DateTimeOffset>& date)
{
    if (!date || localSeconds(*date) < SecondOfYearOneDayTwo)
        return std::nullopt;
    return date;
}

ItemFacts ItemFacts::read(const PurchaseOrder& order, const PurchaseOrderItem& item,
    const EntitlementLookup& entitlement, const RefundPolicy& policy)
{
    ItemFacts facts;
    facts.orderId = order.id.value_or(item.purchaseOrderId.value_or(0));
    facts.itemId = item.id.value_or(0);
    facts.supplierRef = item.supplierRef.value_or(QString());
    facts.ownership = ownershipOf(order, policy, facts.unknowns);

    facts.orderCreatedAt = present(order.createDate);
    const std::optional<DateTimeOffset> itemCreated = present(item.createdDate);
    facts.purchasedAt = itemCreated ? itemCreated : facts.orderCreatedAt;
    facts.purchaseDiffersFromOrder = itemCreated && facts.orderCreatedAt
        && std::abs(itemCreated->utcTicks() - facts.orderCreatedAt->utcTicks()) > 60 * TicksPerSecond;
    if (!facts.purchasedAt)
        facts.unknowns.append(QCoreApplication::translate(
            "ff::ItemFacts", "Neither the item nor its order says when it was bought."));

    facts.licenceIssuedAt = present(item.timeOfFirstPlay);
    facts.firstStreamedAt = present(item.timeUserFirstStreamed);
    facts.firstDownloadedAt = present(item.timeUserFirstDownloaded);
    facts.licenceAcknowledged = item.licenseAcknowledged;
    facts.downloadToRent = item.isDtr.value_or(false);
    if (facts.ownership != Ownership::Owned) {
        // An owned item may carry rental times too; they mean nothing there.
        facts.rentalDays = item.rentalTime;
        facts.viewHours = item.viewTime;
    }

    readEntitlement(facts, entitlement, policy);
    readLength(facts, item);
    return facts;
}

} // namespace ff
