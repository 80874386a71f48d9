#pragma once

#include "models/OrderNode.h"

#include <vector>

namespace ff {

// Orders made ready to show by PurchaseOrderModel::prepare(), on any thread, and handed to the
// model on the GUI thread with setPreparedOrders(). Move-only: it may hold 100 000 rows.
class PreparedOrders final {
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
};

} // namespace ff
