// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrderItem.h"

#include <QList>
#include <QString>

namespace ff {

// What an item must satisfy before it is added to an order, wherever it comes from (the
// console's dialog, the CLI's --item-json): an offer, a supplier ref, a price that is not
// negative, and no other order's id.
struct NewItemRules
{
    struct Problem
    {
        QString field; // the API's name, e.g. "UnitPrice"
        QString message; // what is wrong with it, e.g. "must not be negative"
        QString toString() const { return field + QLatin1Char(' ') + message; }
    };
    // Each problem, empty when the item may be sent.
    static QList<Problem> problems(const PurchaseOrderItem& item, qint64 purchaseOrderId);
};

} // namespace ff
