// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/IdAssigner.h"

#include <algorithm>

namespace ff::sandbox {

IdAssigner::IdAssigner(SeededRandom random, FirstIds first)
    : m_random(random)
    , m_first(first)
{ }

void IdAssigner::assign(QList<PendingOrder> orders, QList<CustomerRecord>& customers)
{
    QList<qsizetype> byDate(orders.size());
    for (qsizetype i = 0; i < byDate.size(); ++i)
        byDate[i] = i;
    std::stable_sort(byDate.begin(), byDate.end(), [&orders](qsizetype a, qsizetype b) {
        return orders.at(a).order.createDate->utcTicks() < orders.at(b).order.createDate->utcTicks();
    });
    qint64 orderId = m_first.orderId;
    qint64 itemId = m_first.itemId;
    for (const qsizetype index : std::as_const(byDate)) {
        PendingOrder& pending = orders[index];
        orderId += m_random.between(1, 37);
        itemId += m_random.between(1, 9);
        pending.order.id = orderId;
        QList<PurchaseOrderItem>& items = *pending.order.purchaseOrderItemDtos;
        const qint64 firstItemId = itemId;
        for (qsizetype i = 0; i < items.size(); ++i) {
            items[i].id = itemId;
            items[i].purchaseOrderId = orderId;
            if (pending.parentIndex.at(i) >= 0)
                m_parents.append({ itemId, firstItemId + pending.parentIndex.at(i) });
            if (pending.playPositions.at(i))
                m_positions.append({ itemId, *pending.playPositions.at(i) });
            if (const std::optional<DateTimeOffset> expiry = pending.rentalExpiries.value(i))
                m_expiries.append({ itemId, *expiry });
            ++itemId;
        }
        --itemId;
        customers[pending.customer].orders.append(std::move(pending.order));
    }
    orders.clear();

    QList<CreditPurchase*> purchases;
    for (CustomerRecord& customer : customers) {
        for (CreditPurchase& purchase : *customer.account.purchases)
            purchases.append(&purchase);
    }
    std::stable_sort(
        purchases.begin(), purchases.end(), [](const CreditPurchase* a, const CreditPurchase* b) {
            return a->datePurchased->utcTicks() < b->datePurchased->utcTicks();
        });
    qint64 invoiceNumber = m_first.invoiceNumber;
    for (CreditPurchase* purchase : std::as_const(purchases)) {
        invoiceNumber += m_random.between(1, 6);
        purchase->invoiceNumber = invoiceNumber;
    }
}

void IdAssigner::storeLinks(SandboxData& data) const
{
    for (const auto& [child, parent] : m_parents)
        data.setParent(child, parent);
    for (const auto& [item, position] : m_positions)
        data.setPlayPosition(item, position);
    for (const auto& [item, expiry] : m_expiries)
        data.setRentalExpiry(item, expiry);
}

} // namespace ff::sandbox
