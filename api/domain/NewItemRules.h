#pragma once

#include "api/dto/PurchaseOrderItem.h"

#include <QStringList>

namespace ff {

// What an item must satisfy before it is added to an order, wherever it comes from (the
// console's dialog, the CLI's --item-json): an offer, a supplier ref, a price that is not
// negative, and no other order's id.
struct NewItemRules {
    // Each problem in words a person can act on; empty when the item may be sent.
    static QStringList problems(const PurchaseOrderItem& item, qint64 purchaseOrderId);
};

} // namespace ff
