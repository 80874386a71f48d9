// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/OrderNode.h"
#include "models/TextSortKeys.h"

#include <QList>
#include <QLocale>
#include <memory>
#include <vector>

namespace ff {

// Orders made ready to show, on any thread, and handed to a PurchaseOrderModel on the GUI thread
// with setPreparedOrders(): the rows with their filter haystacks and every costly sort key (the
// texts numbered in one collation table for the locale, ranked). The slow part of loading, and
// the reason loading does not stop the GUI thread: a customer with 100 000 items takes a few
// hundred milliseconds here. Move-only: it may hold 100 000 rows.
class PreparedOrders final
{
public:
    PreparedOrders() = default;
    PreparedOrders(PreparedOrders&&) noexcept = default;
    PreparedOrders& operator=(PreparedOrders&&) noexcept = default;
    PreparedOrders(const PreparedOrders&) = delete;
    PreparedOrders& operator=(const PreparedOrders&) = delete;

    // Works out what the rows need from the DTOs, the text sort keys for this locale's collation
    // included. Touches no model, so it is safe on any thread; splits the work across the
    // global thread pool. Takes the orders apart when no one else holds the list.
    static PreparedOrders prepare(QList<PurchaseOrder> orders, const QLocale& locale = QLocale());

    int orderCount() const { return int(m_nodes.size()); }
    const OrderNode& order(int row) const { return m_nodes[size_t(row)]; }

private:
    friend class PurchaseOrderModel;
    std::vector<OrderNode> m_nodes;
    // The texts' collation keys the nodes' text numbers refer to, ranked.
    std::unique_ptr<TextSortKeys> m_textKeys;
};

} // namespace ff
