// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/IdAssigner.h"

#include <algorithm>

namespace ff::sandbox {

IdAssigner::IdAssigner(SeededRandom random)
    : m_random(random)
{ }

void IdAssigner::assignAndStore(
    QList<PendingOrder> orders, QList<CustomerRecord> customers, SandboxData& data)
{
    QList<qsizetype> byDate(orders.size());
    for (qsizetype i = 0; i < byDate.size(); ++i)
        byDate[i] = i;
    std::stable_sort(byDate.begin(), byDate.end(), [&orders](qsizetype a, qsizetype b) {
        return orders.at(a).order.createDate->utcTicks() < orders.at(b).order.createDate->utcTicks();
    });
    qint64 orderId = FirstOrderId;
    qint64 itemId = FirstItemId;
    QList<std::pair<qint64, qint64>> parents; // child, parent
    QList<std::pair<qint64, TimeSpan>> positions;
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
                parents.append({ itemId, firstItemId + pending.parentIndex.at(i) });
            if (pending.playPositions.at(i))
                positions.append({ itemId, *pending.playPositions.at(i) });
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
    qint64 invoiceNumber = FirstInvoiceNumber;
    for (CreditPurchase* purchase : std::as_const(purchases)) {
        invoiceNumber += m_random.between(1, 6);
        purchase->invoiceNumber = invoiceNumber;
    }

    for (CustomerRecord& customer : customers)
        data.addCustomer(std::move(customer));
    data.buildIndexes();
    for (const auto& [child, parent] : std::as_const(parents))
        data.setParent(child, parent);
    for (const auto& [item, position] : std::as_const(positions))
        data.setPlayPosition(item, position);
}

} // namespace ff::sandbox
