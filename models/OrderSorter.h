// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SortKey.h"

#include <QHash>
#include <Qt>
#include <functional>
#include <vector>

namespace ff {

class PurchaseOrderModel;

// Keeps a PurchaseOrderModel's orders, and each order's items, in the order of a sort column: by
// the column's keys in its direction (PurchaseOrderModel::orderSortKey, itemSortKey); rows that
// tie by id, ascending in either direction (an order's items by item id, orders by order id),
// then as the model has them, so that the same rows always show in the same order.
//
// The orders are sorted once per sort, each order's key side by side with the others' so that a
// comparison reads two integers from one array; orders appended by a load are sorted among
// themselves and merged in. An order's items are sorted when first asked for: a view asks only
// for the orders it shows expanded. An item filter, when set, leaves out the items it refuses
// (only refund candidates shown), in the same step.
class OrderSorter final
{
public:
    using ItemShown = std::function<bool(int orderRow, int itemRow)>;

    void setModel(const PurchaseOrderModel* model) { m_model = model; }
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    // Column -1: the model's order. Takes effect at the next sortAll().
    void setSort(int column, Qt::SortOrder order);

    // Every order row of the model, in sort order.
    const std::vector<int>& sortedOrders() const { return m_sorted; }
    // Every order, and every order's items when next asked for, sorted again.
    void sortAll();
    // Orders appended to the model from this row on: placed as a sort of them all would.
    void sortAppended(int first);
    // An order's items changed: they are sorted again when next asked for.
    void forgetItems(int orderRow) { m_itemOrders.remove(orderRow); }
    void forgetAllItems() { m_itemOrders.clear(); }
    // Which items are shown; none: all. Takes effect for the items next asked for.
    void setItemFilter(ItemShown shown) { m_itemShown = std::move(shown); }
    // How many of an order's items are shown.
    int itemCount(int orderRow) const;

    // An order's item in the sorted order -> its row in the model (-1 past the last shown), and
    // back (-1 when it is not shown).
    int modelItemRow(int orderRow, int sortedRow) const;
    int sortedItemRow(int orderRow, int modelRow) const;

private:
    // Items of one order in sort order: sorted row -> model row, and back.
    struct ItemOrder
    {
        std::vector<int> modelRows;
        std::vector<int> sortedRows;
    };

    // Whether row a comes before row b: by key in the sort's direction, ties by id (ascending
    // either way), then by row.
    bool before(const std::vector<SortKey>& keys, const std::vector<SortKey>& ids, int a, int b) const;
    // The sort column's and the id's keys of the orders from this row on.
    void makeOrderKeys(int first);
    const ItemOrder* itemOrderOf(int orderRow) const;

    const PurchaseOrderModel* m_model = nullptr;
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<int> m_sorted;
    std::vector<SortKey> m_orderKeys; // per order row: its key in the sort column
    std::vector<SortKey> m_orderIds; // per order row: its id's key
    quint64 m_keysGeneration = 0; // PurchaseOrderModel::sortKeysGeneration() they were made at
    mutable QHash<int, ItemOrder> m_itemOrders; // by order row, made when first needed
    ItemShown m_itemShown;
};

} // namespace ff
