// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ShownOrders.h"

namespace ff {

void ShownOrders::number(const std::vector<int>& sortedOrders)
{
    m_orderAt.clear();
    m_rowOf.assign(m_passes.size(), -1);
    for (const int order : sortedOrders) {
        if (m_passes[std::size_t(order)]) {
            m_rowOf[std::size_t(order)] = int(m_orderAt.size());
            m_orderAt.push_back(order);
        }
    }
}

} // namespace ff
