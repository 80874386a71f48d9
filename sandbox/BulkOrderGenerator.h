// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "sandbox/Affiliate.h"
#include "sandbox/Catalogue.h"
#include "sandbox/CustomerRecord.h"
#include "sandbox/PendingOrder.h"
#include "sandbox/SeededRandom.h"

#include <QList>

namespace ff::sandbox {

// The --scale customer's orders: five years of orders of one to four films each, most of them
// watched, itemCount items in all. Built directly, without scenarios: a hundred thousand items
// must be ready in well under a second, so strings come from the catalogue and are shared, not
// copied.
class BulkOrderGenerator final
{
public:
    BulkOrderGenerator(const Catalogue& catalogue, DateTimeOffset now);

    QList<PendingOrder> orders(qsizetype customerIndex, const CustomerRecord& customer,
        const Affiliate& affiliate, int itemCount, SeededRandom& random) const;

private:
    const Catalogue& m_catalogue;
    DateTimeOffset m_now;
};

} // namespace ff::sandbox
