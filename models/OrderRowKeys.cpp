// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderRowKeys.h"

#include "models/OrderColumns.h"
#include "models/OrderNode.h"
#include "models/TextSortKeys.h"

namespace ff {

void OrderRowKeys::make(const OrderNode& node, TextSortKeys& texts)
{
    const int items = node.itemCount();
    m_rows = size_t(items) + 1;

    const std::span<const int> collation = OrderColumns::collationColumns();
    m_texts.resize(collation.size() * m_rows);
    qint32* text = m_texts.data();
    for (const int column : collation) {
        const OrderColumns::Entry& entry = OrderColumns::at(column);
        *text++ = texts.keyOf(entry.orderCell(node).text());
        for (int i = 0; i < items; ++i)
            *text++ = texts.keyOf(entry.itemCell(node, node.item(i)).text());
    }

    auto amountKey = [](const OrderCell& cell) {
        const std::optional<Decimal>& amount = cell.money();
        return amount ? amount->orderKey() : NoAmount;
    };
    const std::span<const int> amounts = OrderColumns::amountColumns();
    m_amounts.resize(amounts.size() * m_rows);
    Decimal::OrderKey* amount = m_amounts.data();
    for (const int column : amounts) {
        const OrderColumns::Entry& entry = OrderColumns::at(column);
        *amount++ = amountKey(entry.orderCell(node));
        for (int i = 0; i < items; ++i)
            *amount++ = amountKey(entry.itemCell(node, node.item(i)));
    }
}

void OrderRowKeys::renumber(const std::vector<qint32>& numbers)
{
    for (qint32& number : m_texts)
        number = number < 0 ? number : numbers[size_t(number)];
}

} // namespace ff
