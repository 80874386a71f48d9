// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderIdIndex.h"

#include "models/OrderNode.h"

namespace ff {

void OrderIdIndex::clear()
{
    m_orderRows.clear();
    m_items.clear();
    m_itemCount = 0;
}

void OrderIdIndex::reserve(qsizetype orders)
{
    m_orderRows.reserve(orders);
}

void OrderIdIndex::addOrder(int row, const OrderNode& node)
{
    if (node.order.id && !m_orderRows.contains(*node.order.id))
        m_orderRows.insert(*node.order.id, row);
    addItems(row, node);
}

void OrderIdIndex::addItems(int row, const OrderNode& node)
{
    for (int i = 0; i < node.itemCount(); ++i) {
        const std::optional<qint64>& id = node.item(i).id;
        if (id && !m_items.contains(*id))
            m_items.insert(*id, ItemAt { row, i });
    }
    m_itemCount += node.itemCount();
}

void OrderIdIndex::removeItems(int row, const OrderNode& node)
{
    for (int i = 0; i < node.itemCount(); ++i) {
        const std::optional<qint64>& id = node.item(i).id;
        if (!id)
            continue;
        const auto it = m_items.find(*id);
        if (it != m_items.end() && it->orderRow == row)
            m_items.erase(it);
    }
    m_itemCount -= node.itemCount();
}

std::optional<OrderIdIndex::ItemAt> OrderIdIndex::item(qint64 itemId) const
{
    const auto it = m_items.constFind(itemId);
    return it == m_items.cend() ? std::nullopt : std::optional(*it);
}

} // namespace ff
