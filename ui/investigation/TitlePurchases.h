// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"

#include <QList>

namespace ff {
class PurchaseOrderModel;
}

namespace ff::ui {

// The orders the investigation card needs for one item: its own order and every order holding a
// purchase of the same title (supplier ref), which is all a duplicate depends on. A copy of a few
// orders rather than of a customer's hundred thousand items.
class TitlePurchases final
{
public:
    static QList<PurchaseOrder> of(
        const PurchaseOrderModel& model, const PurchaseOrder& order, const PurchaseOrderItem& item);
};

} // namespace ff::ui
