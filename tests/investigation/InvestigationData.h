// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/CustomerInvestigation.h"
#include "investigation/RefundPolicy.h"

#include <QHash>
#include <QMetaType>
#include <QTest>

// The investigation suites' orders, written as briefly as the rules they test: a rental or a
// purchase to keep, made from plain values; each test sets the fields its rule looks at.
namespace ff::test {

inline DateTimeOffset at(const char* iso)
{
    const std::optional<DateTimeOffset> parsed = DateTimeOffset::parse(std::string_view(iso));
    if (!parsed)
        qFatal("not a date: %s", iso);
    return *parsed;
}

inline PurchaseOrderItem rentalItem(
    qint64 id, const char* supplierRef, const char* created, qint64 days = 30, qint64 hours = 48)
{
    PurchaseOrderItem item;
    item.id = id;
    item.offerId = 500 + id;
    item.supplierRef = QString::fromLatin1(supplierRef);
    item.title = QStringLiteral("Title of ") + QString::fromLatin1(supplierRef);
    item.unitPrice = Decimal::fromString("3.99");
    item.createdDate = at(created);
    item.rentalTime = days;
    item.viewTime = hours;
    item.duration = 118;
    item.deleted = false;
    item.licenseAcknowledged = false;
    return item;
}

inline PurchaseOrder order(qint64 id, const char* created, const char* offerType,
    QList<PurchaseOrderItem> items, const char* status = "CMP")
{
    PurchaseOrder order;
    order.id = id;
    order.createDate = at(created);
    order.offerType = QString::fromLatin1(offerType);
    order.status = PurchaseOrderStatus { 1, QString::fromLatin1(status), QString::fromLatin1(status) };
    for (PurchaseOrderItem& item : items)
        item.purchaseOrderId = id;
    order.purchaseOrderItemDtos = items;
    return order;
}

inline PurchaseOrder rental(const PurchaseOrderItem& item, const char* status = "CMP")
{
    return order(item.id.value_or(0) * 10, "2026-03-03T20:14:00Z", "Rental", { item }, status);
}

// An entitlement that is the item's own (its Id is the item's).
inline Entitlement entitlementOf(const PurchaseOrderItem& item)
{
    Entitlement entitlement;
    static_cast<PurchaseOrderItem&>(entitlement) = item;
    entitlement.entitlementType = EntitlementType { 1, QStringLiteral("Rental") };
    return entitlement;
}

// Investigates orders at an instant, keeping the orders and entitlements alive beside the results
// that point into them.
class Investigated final
{
public:
    Investigated(QList<PurchaseOrder> orders, const DateTimeOffset& when, RefundPolicy policy = {},
        QHash<QString, Entitlement> entitlements = {}, bool askEntitlements = false)
        : m_orders(std::move(orders))
        , m_entitlements(std::move(entitlements))
    {
        CustomerInvestigation::EntitlementFor lookup;
        if (askEntitlements || !m_entitlements.isEmpty()) {
            lookup = [this](const QString& ref) {
                const auto found = m_entitlements.constFind(ref);
                return found == m_entitlements.cend() ? EntitlementLookup::notFound()
                                                      : EntitlementLookup::found(*found);
            };
        }
        m_results = CustomerInvestigation::run(m_orders, policy, when, lookup);
    }
    Investigated(const Investigated&) = delete;
    Investigated& operator=(const Investigated&) = delete;

    const ItemInvestigation& item(qint64 itemId) const
    {
        for (const ItemInvestigation& result : m_results) {
            if (result.facts.itemId == itemId)
                return result;
        }
        qFatal("no item %lld", static_cast<long long>(itemId));
    }
    const ItemInvestigation& only() const { return m_results.front(); }
    const std::vector<ItemInvestigation>& all() const { return m_results; }

private:
    QList<PurchaseOrder> m_orders;
    QHash<QString, Entitlement> m_entitlements;
    std::vector<ItemInvestigation> m_results;
};

} // namespace ff::test
