// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Decimal.h"
#include "sandbox/PriceList.h"

#include <QList>
#include <QStringList>

namespace ff::sandbox {

// How the admin service's credit purchases are priced (data/prices.json): the kinds of purchase,
// the packs and amounts offered, the price list of each currency and the tax on all of them.
struct CreditPrices
{
    QStringList purchaseTypes; // as the API writes and filters them: Credit, TopUp, ...
    Decimal taxRate;
    QList<Decimal> creditPacks;
    Decimal bulkCreditFrom; // packs this large are charged at the bulk price
    QList<Decimal> topUpAmounts;
    QList<PriceList> priceLists;

    // The list for a currency; the first list for one that has none.
    const PriceList& listFor(const QString& currency) const
    {
        for (const PriceList& list : priceLists) {
            if (list.currency == currency)
                return list;
        }
        return priceLists.first();
    }
};

} // namespace ff::sandbox
