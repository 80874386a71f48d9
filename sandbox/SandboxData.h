// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/TimeSpan.h"
#include "sandbox/Affiliate.h"
#include "sandbox/Catalogue.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/ItemRef.h"

#include <QHash>
#include <QList>
#include <optional>

namespace ff::sandbox {

// Everything the sandbox serves: affiliates, catalogue, customers with their orders, devices and
// accounts, plus what the DTOs cannot hold (box-set parent and child links, last play positions,
// rental expiries changed on the platform).
// DataGenerator fills it; the API reads it and applies the two writes (add an item, acknowledge a
// licence) through it, and Journal replays those writes through the same functions.
class SandboxData final
{
public:
    SandboxData(QList<Affiliate> affiliates, DateTimeOffset now);

    // The instant the data was generated around (--now).
    DateTimeOffset now() const { return m_now; }
    const Catalogue& catalogue() const { return m_catalogue; }
    const QList<Affiliate>& affiliates() const { return m_affiliates; }
    const Affiliate* affiliate(int id) const;

    const QList<CustomerRecord>& customers() const { return m_customers; }
    const CustomerRecord& customer(qsizetype index) const { return m_customers.at(index); }
    // By username or email, case-insensitively, within one affiliate.
    std::optional<qsizetype> findCustomer(int affiliateId, QStringView login) const;
    std::optional<qsizetype> findCustomer(const QUuid& customerId) const;

    struct OrderRef
    {
        qsizetype customer = -1;
        qsizetype order = -1;
    };
    std::optional<OrderRef> findOrder(qint64 orderId) const;
    std::optional<ItemRef> findItem(qint64 itemId) const;
    const PurchaseOrder& order(const OrderRef& ref) const
    {
        return m_customers.at(ref.customer).orders.at(ref.order);
    }
    const PurchaseOrder& order(const ItemRef& ref) const
    {
        return m_customers.at(ref.customer).orders.at(ref.order);
    }
    const PurchaseOrderItem& item(const ItemRef& ref) const
    {
        return order(ref).purchaseOrderItemDtos->at(ref.item);
    }
    // The current entitlement for a supplier ref in an affiliate: its most recent item that is
    // not deleted.
    std::optional<ItemRef> currentItem(int affiliateId, QStringView supplierRef) const;
    std::optional<qint64> parentOf(qint64 itemId) const;
    QList<qint64> childrenOf(qint64 itemId) const { return m_children.value(itemId); }
    std::optional<TimeSpan> playPosition(qint64 itemId) const;
    // The platform's expiry for a rental whose expiry was changed (extended), else nothing: the
    // expiry is then what the item's fields give.
    std::optional<DateTimeOffset> rentalExpiry(qint64 itemId) const;
    // A device of the customer by its numeric Id or its ClientId GUID.
    const RegisteredDevice* findDevice(qsizetype customer, QStringView deviceId) const;
    const RegisteredDevice* findDevice(qsizetype customer, qint64 deviceId) const;

    qint64 nextItemId() const { return m_maxItemId + 1; }
    // Appends a complete item (Id, PurchaseOrderId and dates already set) to its order.
    std::optional<ItemRef> addItem(PurchaseOrderItem item);
    // Marks a persistent licence as issued and acknowledged on a device; true if anything changed.
    bool acknowledgeLicence(const ItemRef& ref, qint64 deviceId, const DateTimeOffset& at);

    // For DataGenerator: customers are added complete, then the indexes built once.
    qsizetype addCustomer(CustomerRecord customer);
    void setParent(qint64 childItemId, qint64 parentItemId);
    void setPlayPosition(qint64 itemId, TimeSpan position) { m_playPositions.insert(itemId, position); }
    void setRentalExpiry(qint64 itemId, const DateTimeOffset& expiry)
    {
        m_rentalExpiries.insert(itemId, expiry);
    }
    void buildIndexes();
    CustomerRecord& mutableCustomer(qsizetype index) { return m_customers[index]; }

private:
    static QString loginKey(int affiliateId, QStringView login);
    static QString refKey(int affiliateId, QStringView supplierRef);
    void indexItem(const ItemRef& ref);

    Catalogue m_catalogue;
    QList<Affiliate> m_affiliates;
    DateTimeOffset m_now;
    QList<CustomerRecord> m_customers;

    QHash<QString, qsizetype> m_customersByLogin;
    QHash<QUuid, qsizetype> m_customersById;
    QHash<qint64, OrderRef> m_orders;
    QHash<qint64, ItemRef> m_items;
    QHash<QString, QList<qint64>> m_itemsBySupplierRef;
    QHash<qint64, qint64> m_parents;
    QHash<qint64, QList<qint64>> m_children;
    QHash<qint64, TimeSpan> m_playPositions;
    QHash<qint64, DateTimeOffset> m_rentalExpiries;
    qint64 m_maxItemId = 0;
};

} // namespace ff::sandbox
