// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/TitlePurchases.h"

#include "models/PurchaseOrderModel.h"

namespace ff::ui {

QList<PurchaseOrder> TitlePurchases::of(
    const PurchaseOrderModel& model, const PurchaseOrder& order, const PurchaseOrderItem& item)
{
    QList<PurchaseOrder> orders;
    const std::optional<QString>& ref = item.supplierRef;
    bool ownOrderSeen = false;
    for (int row = 0; row < model.orderCount(); ++row) {
        const PurchaseOrder& candidate = model.orderNode(row).order;
        const bool own = &candidate == &order || (candidate.id && candidate.id == order.id);
        bool sameTitle = false;
        if (!own && ref && !ref->isEmpty() && candidate.purchaseOrderItemDtos) {
            for (const PurchaseOrderItem& other : *candidate.purchaseOrderItemDtos) {
                if (other.supplierRef == ref) {
                    sameTitle = true;
                    break;
                }
            }
        }
        if (own || sameTitle)
            orders.append(candidate);
        ownOrderSeen = ownOrderSeen || own;
    }
    if (!ownOrderSeen)
        orders.prepend(order);
    return orders;
}

} // namespace ff::ui
