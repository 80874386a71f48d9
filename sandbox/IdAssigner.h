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
// customers' rows leave. Then hands the customers, with their orders, box-set links and play
// positions, to the data.
class IdAssigner final
{
public:
    static constexpr qint64 FirstOrderId = 5'100'000;
    static constexpr qint64 FirstItemId = 9'200'000;
    static constexpr qint64 FirstInvoiceNumber = 200'417;

    explicit IdAssigner(SeededRandom random);

    void assignAndStore(QList<PendingOrder> orders, QList<CustomerRecord> customers, SandboxData& data);

private:
    SeededRandom m_random;
};

} // namespace ff::sandbox
