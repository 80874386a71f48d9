// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/CustomerRecord.h"
#include "sandbox/PendingOrder.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SeededRandom.h"

#include <QList>

namespace ff::sandbox {

// Numbers what was generated as a database would have: order and item ids ascend with the
// orders' dates, invoice numbers with the credit purchases' dates, each with the gaps other
// customers' rows leave. Then gives the customers their orders, and the data the box-set links,
// play positions and changed expiries once the customers are in it.
class IdAssigner final
{
public:
    // Where a run of numbers starts.
    struct FirstIds
    {
        qint64 orderId;
        qint64 itemId;
        qint64 invoiceNumber;
    };
    static constexpr qint64 FirstOrderId = 5'100'000;
    static constexpr qint64 FirstItemId = 9'200'000;
    static constexpr qint64 FirstInvoiceNumber = 200'417;
    static constexpr FirstIds Generated { FirstOrderId, FirstItemId, FirstInvoiceNumber };
    // The refund showcase's block, below every generated number, so that adding it renumbered
    // nothing and an item added later (always above the highest id) never meets it.
    static constexpr FirstIds Showcase { 4'900'000, 8'900'000, 190'000 };

    explicit IdAssigner(SeededRandom random, FirstIds first = Generated);

    // Numbers the orders and the customers' credit purchases, and appends each order to its
    // customer (pending.customer indexes customers).
    void assign(QList<PendingOrder> orders, QList<CustomerRecord>& customers);
    // The box-set links, play positions and changed expiries of the orders assigned, by item id:
    // after the customers are in the data.
    void storeLinks(SandboxData& data) const;

private:
    SeededRandom m_random;
    FirstIds m_first;
    QList<std::pair<qint64, qint64>> m_parents; // child, parent
    QList<std::pair<qint64, TimeSpan>> m_positions;
    QList<std::pair<qint64, DateTimeOffset>> m_expiries;
};

} // namespace ff::sandbox
