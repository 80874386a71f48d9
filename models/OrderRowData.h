// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

namespace ff {

class DisplayFormat;
struct OrderNode;

// What a row of the orders tree answers a view for each role (PurchaseOrderModel::data): the
// roles of a cell (display, tooltip, alignment, SortRole) from its column's OrderCell, and the
// roles of the row (its kind, its order and item, their ids, the filter's haystack, a deleted
// item's grey strike-through, a refunded order's italics) from the node.
class OrderRowData final
{
public:
    // itemRow -1: the order's own row.
    static QVariant of(const OrderNode& node, int itemRow, int column, int role, const DisplayFormat& format,
        const QString& currency);
    // The model's roles by name, added to the standard ones.
    static QHash<int, QByteArray> roleNames(QHash<int, QByteArray> standard);

private:
    static QVariant orderRow(const OrderNode& node, int role);
    static QVariant itemRow(const OrderNode& node, int itemRow, int role);
};

} // namespace ff
