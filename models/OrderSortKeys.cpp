// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderSortKeys.h"

#include "models/OrderColumns.h"
#include "models/OrderNode.h"

namespace ff {

bool OrderSortKeys::adopt(std::unique_ptr<TextSortKeys> texts, const QLocale& locale)
{
    m_locale = locale;
    const bool usable = texts && texts->locale() == locale;
    m_texts = usable ? std::move(texts) : nullptr;
    ++m_generation;
    return usable;
}

bool OrderSortKeys::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_texts || m_texts->locale() == locale)
        return true;
    // Another language collates otherwise: the keys are made again when a sort needs them.
    m_texts.reset();
    ++m_generation;
    return false;
}

TextSortKeys& OrderSortKeys::makeTexts() const
{
    m_texts = std::make_unique<TextSortKeys>(m_locale);
    ++m_generation;
    return *m_texts;
}

TextSortKeys& OrderSortKeys::rankedTexts() const
{
    TextSortKeys& table = texts();
    const quint64 rankings = table.rankings();
    table.rank(); // texts added since loading (a replaced order's) find their place; else nothing to do
    if (table.rankings() != rankings)
        ++m_generation;
    return table;
}

void OrderSortKeys::prepare(const std::vector<OrderNode>& nodes) const
{
    for (const OrderNode& node : nodes)
        node.readyRowKeys(texts());
    rankedTexts();
}

SortKey OrderSortKeys::keyOf(const OrderNode& node, int row, int column) const
{
    const OrderColumns::Entry& entry = OrderColumns::at(column);
    switch (entry.sortBy) {
    case OrderColumns::SortBy::Value:
        return (row == 0 ? entry.orderCell(node) : entry.itemCell(node, node.item(row - 1))).sortKey();
    case OrderColumns::SortBy::Amount: {
        const Decimal::OrderKey& amount
            = node.readyRowKeys(texts()).amount(OrderColumns::slotOf(column), row);
        return SortKey { amount.whole, amount.fraction };
    }
    case OrderColumns::SortBy::Collation: {
        // Numbered before ranking: numbering may add texts.
        const qint32 number = node.readyRowKeys(texts()).textNumber(OrderColumns::slotOf(column), row);
        return SortKey { rankedTexts().rankOf(number), 0 };
    }
    }
    return {};
}

} // namespace ff
