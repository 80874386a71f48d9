// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxData.h"

namespace ff::sandbox {

SandboxData::SandboxData(QList<Affiliate> affiliates, DateTimeOffset now)
    : m_affiliates(std::move(affiliates))
    , m_now(now)
{ }

const Affiliate* SandboxData::affiliate(int id) const
{
    for (const Affiliate& affiliate : m_affiliates) {
        if (affiliate.id == id)
            return &affiliate;
    }
    return nullptr;
}

QString SandboxData::loginKey(int affiliateId, QStringView login)
{
    // Case folding, not lower-casing: "ZOË SMITH" and "zoë smith" are the same login, as SQL
    // Server's case-insensitive collation would have it.
    return QString::number(affiliateId) + QLatin1Char('\n') + login.toString().toCaseFolded();
}

QString SandboxData::refKey(int affiliateId, QStringView supplierRef)
{
    return loginKey(affiliateId, supplierRef);
}

std::optional<qsizetype> SandboxData::findCustomer(int affiliateId, QStringView login) const
{
    const auto it = m_customersByLogin.constFind(loginKey(affiliateId, login));
    if (it == m_customersByLogin.cend())
        return std::nullopt;
    return *it;
}

std::optional<qsizetype> SandboxData::findCustomer(const QUuid& customerId) const
{
    const auto it = m_customersById.constFind(customerId);
    if (it == m_customersById.cend())
        return std::nullopt;
    return *it;
}

std::optional<SandboxData::OrderRef> SandboxData::findOrder(qint64 orderId) const
{
    const auto it = m_orders.constFind(orderId);
    if (it == m_orders.cend())
        return std::nullopt;
    return *it;
}

std::optional<ItemRef> SandboxData::findItem(qint64 itemId) const
{
    const auto it = m_items.constFind(itemId);
    if (it == m_items.cend())
        return std::nullopt;
    return *it;
}

std::optional<ItemRef> SandboxData::currentItem(int affiliateId, QStringView supplierRef) const
{
    std::optional<ItemRef> best;
    qint64 bestTicks = 0;
    qint64 bestId = 0;
    for (const qint64 id : m_itemsBySupplierRef.value(refKey(affiliateId, supplierRef))) {
        const ItemRef ref = m_items.value(id);
        const PurchaseOrderItem& candidate = item(ref);
        if (candidate.deleted.value_or(false))
            continue;
        const std::optional<DateTimeOffset> created
            = candidate.createdDate ? candidate.createdDate : order(ref).createDate;
        const qint64 ticks = created ? created->utcTicks() : 0;
        if (!best || ticks > bestTicks || (ticks == bestTicks && id > bestId)) {
            best = ref;
            bestTicks = ticks;
            bestId = id;
        }
    }
    return best;
}

std::optional<qint64> SandboxData::parentOf(qint64 itemId) const
{
    const auto it = m_parents.constFind(itemId);
    if (it == m_parents.cend())
        return std::nullopt;
    return *it;
}

std::optional<TimeSpan> SandboxData::playPosition(qint64 itemId) const
{
    const auto it = m_playPositions.constFind(itemId);
    if (it == m_playPositions.cend())
        return std::nullopt;
    return *it;
}

std::optional<DateTimeOffset> SandboxData::rentalExpiry(qint64 itemId) const
{
    const auto it = m_rentalExpiries.constFind(itemId);
    if (it == m_rentalExpiries.cend())
        return std::nullopt;
    return *it;
}

const RegisteredDevice* SandboxData::findDevice(qsizetype customer, QStringView deviceId) const
{
    bool numeric = false;
    const qint64 id = deviceId.toLongLong(&numeric);
    const QUuid clientId = QUuid::fromString(deviceId);
    for (const RegisteredDevice& device : m_customers.at(customer).devices) {
        if ((numeric && device.id == id) || (!clientId.isNull() && device.clientId == clientId))
            return &device;
    }
    return nullptr;
}

const RegisteredDevice* SandboxData::findDevice(qsizetype customer, qint64 deviceId) const
{
    for (const RegisteredDevice& device : m_customers.at(customer).devices) {
        if (device.id == deviceId)
            return &device;
    }
    return nullptr;
}

std::optional<ItemRef> SandboxData::addItem(PurchaseOrderItem item)
{
    if (!item.id || !item.purchaseOrderId || m_items.contains(*item.id))
        return std::nullopt;
    const std::optional<OrderRef> orderRef = findOrder(*item.purchaseOrderId);
    if (!orderRef)
        return std::nullopt;
    CustomerRecord& customer = m_customers[orderRef->customer];
    PurchaseOrder& order = customer.orders[orderRef->order];
    if (!order.purchaseOrderItemDtos)
        order.purchaseOrderItemDtos.emplace();
    order.purchaseOrderItemDtos->append(std::move(item));
    const ItemRef ref { orderRef->customer, orderRef->order, order.purchaseOrderItemDtos->size() - 1 };
    indexItem(ref);
    ++customer.revision;
    return ref;
}

bool SandboxData::acknowledgeLicence(const ItemRef& ref, qint64 deviceId, const DateTimeOffset& at)
{
    CustomerRecord& customer = m_customers[ref.customer];
    PurchaseOrderItem& target = (*customer.orders[ref.order].purchaseOrderItemDtos)[ref.item];
    const PurchaseOrderItem before = target;
    target.licenseAcknowledged = true;
    target.persistentLicenseIssued = true;
    if (!target.timeOfFirstPlay) {
        target.timeOfFirstPlay = at;
        target.deviceIdOfFirstPlay = deviceId;
    }
    if (target == before)
        return false;
    ++customer.revision;
    return true;
}

qsizetype SandboxData::addCustomer(CustomerRecord customer)
{
    m_customers.append(std::move(customer));
    return m_customers.size() - 1;
}

void SandboxData::setParent(qint64 childItemId, qint64 parentItemId)
{
    m_parents.insert(childItemId, parentItemId);
    m_children[parentItemId].append(childItemId);
}

void SandboxData::indexItem(const ItemRef& ref)
{
    const PurchaseOrderItem& indexed = item(ref);
    if (!indexed.id)
        return;
    m_items.insert(*indexed.id, ref);
    m_maxItemId = qMax(m_maxItemId, *indexed.id);
    if (indexed.supplierRef) {
        const int affiliateId = m_customers.at(ref.customer).affiliateId;
        m_itemsBySupplierRef[refKey(affiliateId, *indexed.supplierRef)].append(*indexed.id);
    }
}

void SandboxData::buildIndexes()
{
    m_customersByLogin.clear();
    m_customersById.clear();
    m_orders.clear();
    m_items.clear();
    m_itemsBySupplierRef.clear();
    for (qsizetype c = 0; c < m_customers.size(); ++c) {
        const CustomerRecord& customer = m_customers.at(c);
        m_customersByLogin.insert(loginKey(customer.affiliateId, customer.username), c);
        m_customersByLogin.insert(loginKey(customer.affiliateId, customer.email), c);
        m_customersById.insert(customer.customerId, c);
        for (qsizetype o = 0; o < customer.orders.size(); ++o) {
            const PurchaseOrder& order = customer.orders.at(o);
            m_orders.insert(order.id.value_or(0), OrderRef { c, o });
            if (!order.purchaseOrderItemDtos)
                continue;
            for (qsizetype i = 0; i < order.purchaseOrderItemDtos->size(); ++i)
                indexItem(ItemRef { c, o, i });
        }
    }
}

} // namespace ff::sandbox
