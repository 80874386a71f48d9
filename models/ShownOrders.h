// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace ff {

// Which of a PurchaseOrderModel's orders OrderFilterProxyModel shows, and where: each order's
// decision (it passes the filter, or not), and the orders that pass in sort order, numbered as
// the proxy's top-level rows. Looked up both ways for every index a view maps, so both ways are
// kept as arrays.
class ShownOrders final
{
public:
    int orderCount() const { return int(m_passes.size()); }
    // Orders appended (or gone): their decisions are to be made.
    void resize(int orders) { m_passes.resize(std::size_t(orders)); }
    bool passes(int orderRow) const { return m_passes[std::size_t(orderRow)]; }
    void setPasses(int orderRow, bool passes) { m_passes[std::size_t(orderRow)] = passes; }
    const std::vector<char>& decisions() const { return m_passes; }
    void setDecisions(std::vector<char> passes) { m_passes = std::move(passes); }

    // Numbers the orders that pass, taken in this order (every order row, sorted).
    void number(const std::vector<int>& sortedOrders);
    int rowCount() const { return int(m_orderAt.size()); }
    // The order at a proxy row; -1 past the last.
    int orderAt(int row) const { return row >= 0 && row < rowCount() ? m_orderAt[std::size_t(row)] : -1; }
    // The proxy row of an order; -1 when it is hidden, or no such order.
    int rowOf(int orderRow) const
    {
        return orderRow >= 0 && std::size_t(orderRow) < m_rowOf.size() ? m_rowOf[std::size_t(orderRow)] : -1;
    }

private:
    std::vector<char> m_passes; // per order row
    std::vector<int> m_orderAt; // per proxy row: its order row
    std::vector<int> m_rowOf; // per order row: its proxy row, -1 when hidden
};

} // namespace ff
