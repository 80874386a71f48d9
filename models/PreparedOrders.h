// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/OrderNode.h"
#include "models/TextSortKeys.h"

#include <memory>
#include <vector>

namespace ff {

// Orders made ready to show by PurchaseOrderModel::prepare(), on any thread, and handed to the
// model on the GUI thread with setPreparedOrders(): the rows with their filter haystacks and
// every sort key. Move-only: it may hold 100 000 rows.
class PreparedOrders final
{
public:
    PreparedOrders() = default;
    PreparedOrders(PreparedOrders&&) noexcept = default;
    PreparedOrders& operator=(PreparedOrders&&) noexcept = default;
    PreparedOrders(const PreparedOrders&) = delete;
    PreparedOrders& operator=(const PreparedOrders&) = delete;

    int orderCount() const { return int(m_nodes.size()); }

private:
    friend class PurchaseOrderModel;
    std::vector<OrderNode> m_nodes;
    // The texts' collation keys the nodes' text key numbers refer to, ranked.
    std::unique_ptr<TextSortKeys> m_textKeys;
};

} // namespace ff
