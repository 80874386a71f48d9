// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QtGlobal>
#include <optional>

namespace ff {

struct OrderNode;

// Where a PurchaseOrderModel's orders and items are, by id, so that the window finds the order
// an added item belongs to, or the item an acknowledgement was for, without a pass over 100 000
// rows. Where an id occurs twice, the first occurrence wins.
class OrderIdIndex final
{
public:
    struct ItemAt
    {
        int orderRow = 0;
        int itemRow = 0;
    };

    void clear();
    void reserve(qsizetype orders);
    // The order at this row, with its items.
    void addOrder(int row, const OrderNode& node);
    void addItems(int row, const OrderNode& node);
    void removeItems(int row, const OrderNode& node);

    // -1 when no order has the id.
    int orderRow(qint64 orderId) const { return m_orderRows.value(orderId, -1); }
    std::optional<ItemAt> item(qint64 itemId) const;
    int itemCount() const { return m_itemCount; }

private:
    QHash<qint64, int> m_orderRows;
    QHash<qint64, ItemAt> m_items;
    int m_itemCount = 0;
};

} // namespace ff
