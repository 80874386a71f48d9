// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/OrderCell.h"

#include <QString>
#include <QVariant>
#include <span>

namespace ff {

struct OrderNode;
class OrderSearchText;

// The orders tree's columns, each defined once and side by side: its header and the header's
// tooltip, what its cell holds on an order row and on an item row (an OrderCell, from which the
// shown text, the tooltip, the SortRole value and the alignment follow), how a sort compares it,
// and which fields of each row the filter box searches. After qBittorrent's
// transferlistmodel.cpp, where a column has one display value and one sort value rather than a
// case in ten switches.
//
// A new column is an enumerator in PurchaseOrderModel::Column and one entry in OrderColumns.cpp.
class OrderColumns final
{
public:
    enum class SortBy {
        Value, // the cell's own key (OrderCell::sortKey): ids, numbers, dates, yes/no
        Collation, // the text's rank in the locale's collation, numbered when loading
        Amount, // the exact amount's key, made when loading
    };

    using OrderCellOf = OrderCell (*)(const OrderNode& node);
    using ItemCellOf = OrderCell (*)(const OrderNode& node, const PurchaseOrderItem& item);
    using SearchInOrder = void (*)(OrderSearchText& text, const PurchaseOrder& order);
    using SearchInItem
        = void (*)(OrderSearchText& text, const PurchaseOrder& order, const PurchaseOrderItem& item);
    using ToolTipOf = QVariant (*)(const OrderNode& node);

    struct Entry
    {
        int column; // PurchaseOrderModel::Column
        const char* header; // untranslated, in PurchaseOrderModel's context
        const char* headerToolTip = nullptr; // null: none
        SortBy sortBy;
        OrderCellOf orderCell;
        ItemCellOf itemCell;
        // The fields the filter box finds a row by; null: none of this column's.
        SearchInOrder searchInOrder = nullptr;
        SearchInItem searchInItem = nullptr;
        // An order row's tooltip other than its cell's; null: the cell's.
        ToolTipOf orderToolTip = nullptr;
        // Worked out by the refund investigation (InvestigationCells): changes with its instant
        // and policy, so a sort by it is made again when new results come in.
        bool investigated = false;
    };

    static const Entry& at(int column);
    // A horizontal header's text (DisplayRole) and tooltip (ToolTipRole), translated.
    static QVariant headerData(int column, int role);

    // The columns sorted by collation, and those sorted by amount, each numbered among their
    // kind: where their keys are in OrderRowKeys. -1 for a column sorted by value.
    static int slotOf(int column);
    static std::span<const int> collationColumns();
    static std::span<const int> amountColumns();
    // Every column's search entries, in column order, without the nulls: what the haystacks are
    // made of (OrderSearchText), once per row.
    static std::span<const SearchInOrder> orderSearches();
    static std::span<const SearchInItem> itemSearches();
};

} // namespace ff
