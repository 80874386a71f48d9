// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderSorter.h"

#include "models/PurchaseOrderModel.h"

#include <algorithm>
#include <numeric>

namespace ff {

void OrderSorter::setSort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

bool OrderSorter::before(
    const std::vector<SortKey>& keys, const std::vector<SortKey>& ids, int a, int b) const
{
    const SortKey& x = keys[size_t(a)];
    const SortKey& y = keys[size_t(b)];
    if (x != y)
        return (m_order == Qt::AscendingOrder) == (x < y);
    if (ids[size_t(a)] != ids[size_t(b)])
        return ids[size_t(a)] < ids[size_t(b)];
    return a < b;
}

void OrderSorter::makeOrderKeys(int first)
{
    const int orders = m_model->orderCount();
    m_orderKeys.resize(size_t(orders));
    m_orderIds.resize(size_t(orders));
    for (int row = first; row < orders; ++row) {
        m_orderKeys[size_t(row)] = m_model->orderSortKey(row, m_column);
        m_orderIds[size_t(row)] = m_model->orderSortKey(row, PurchaseOrderModel::OrderOrItem);
    }
    m_keysGeneration = m_model->sortKeysGeneration();
}

void OrderSorter::sortAll()
{
    const int orders = m_model ? m_model->orderCount() : 0;
    m_sorted.resize(size_t(orders));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    m_itemOrders.clear();
    m_orderKeys.clear();
    m_orderIds.clear();
    if (m_column < 0 || orders == 0)
        return;
    m_model->prepareSortKeys();
    makeOrderKeys(0);
    // A total order (ties broken by id, then row): the same rows always come out the same way,
    // whatever order they arrived in.
    std::sort(m_sorted.begin(), m_sorted.end(),
        [this](int a, int b) { return before(m_orderKeys, m_orderIds, a, b); });
}

void OrderSorter::sortAppended(int first)
{
    const size_t old = m_sorted.size();
    for (int row = first; row < m_model->orderCount(); ++row)
        m_sorted.push_back(row);
    if (m_column < 0)
        return;
    // New texts may have moved the ranks of the others (never their order): then every key is
    // made again, and the rows already sorted stay so.
    m_model->prepareSortKeys();
    makeOrderKeys(m_model->sortKeysGeneration() == m_keysGeneration ? first : 0);
    auto less = [this](int a, int b) { return before(m_orderKeys, m_orderIds, a, b); };
    std::sort(m_sorted.begin() + qsizetype(old), m_sorted.end(), less);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + qsizetype(old), m_sorted.end(), less);
}

const OrderSorter::ItemOrder* OrderSorter::itemOrderOf(int orderRow) const
{
    if (m_column < 0 && !m_itemShown)
        return nullptr; // the model's order, every item
    const auto found = m_itemOrders.constFind(orderRow);
    if (found != m_itemOrders.cend())
        return &*found;
    const int items = m_model->orderNode(orderRow).itemCount();
    ItemOrder order;
    order.modelRows.reserve(size_t(items));
    for (int row = 0; row < items; ++row) {
        if (!m_itemShown || m_itemShown(orderRow, row))
            order.modelRows.push_back(row);
    }
    if (m_column >= 0) {
        std::vector<SortKey> keys(static_cast<size_t>(items));
        std::vector<SortKey> ids(static_cast<size_t>(items));
        for (const int row : order.modelRows) {
            keys[size_t(row)] = m_model->itemSortKey(orderRow, row, m_column);
            ids[size_t(row)] = m_model->itemSortKey(orderRow, row, PurchaseOrderModel::OrderOrItem);
        }
        std::sort(order.modelRows.begin(), order.modelRows.end(),
            [&](int a, int b) { return before(keys, ids, a, b); });
    }
    order.sortedRows.assign(size_t(items), -1);
    for (size_t row = 0; row < order.modelRows.size(); ++row)
        order.sortedRows[size_t(order.modelRows[row])] = int(row);
    return &*m_itemOrders.insert(orderRow, std::move(order));
}

int OrderSorter::itemCount(int orderRow) const
{
    // Sorting alone keeps every item: no need to sort an order's items to count them (a view
    // asks every order row for its count, and 100 000 orders' items sorted at once stalled it).
    if (!m_itemShown)
        return m_model->orderNode(orderRow).itemCount();
    const ItemOrder* order = itemOrderOf(orderRow);
    return order ? int(order->modelRows.size()) : m_model->orderNode(orderRow).itemCount();
}

int OrderSorter::modelItemRow(int orderRow, int sortedRow) const
{
    const ItemOrder* order = itemOrderOf(orderRow);
    if (!order)
        return sortedRow;
    return sortedRow >= 0 && size_t(sortedRow) < order->modelRows.size() ? order->modelRows[size_t(sortedRow)]
                                                                         : -1;
}

int OrderSorter::sortedItemRow(int orderRow, int modelRow) const
{
    const ItemOrder* order = itemOrderOf(orderRow);
    if (!order)
        return modelRow;
    return modelRow >= 0 && size_t(modelRow) < order->sortedRows.size() ? order->sortedRows[size_t(modelRow)]
                                                                        : -1;
}

} // namespace ff
