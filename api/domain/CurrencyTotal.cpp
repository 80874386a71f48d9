// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/domain/CurrencyTotal.h"

namespace ff {

namespace {

void add(Decimal& total, const std::optional<Decimal>& amount, bool& incomplete)
{
    if (!amount) {
        incomplete = true;
        return;
    }
    if (const auto sum = total.plus(*amount))
        total = *sum;
    else
        incomplete = true;
}

} // namespace

QList<CurrencyTotal> CurrencyTotal::of(const QList<CreditPurchase>& purchases)
{
    QList<CurrencyTotal> totals;
    for (const CreditPurchase& purchase : purchases) {
        const QString currency = codeOf(purchase);
        auto it = std::find_if(
            totals.begin(), totals.end(), [&](const CurrencyTotal& t) { return t.currency == currency; });
        if (it == totals.end()) {
            totals.append(CurrencyTotal { currency, 0, {}, {}, {}, false });
            it = totals.end() - 1;
        }
        ++it->count;
        add(it->netTotal, purchase.netTotal, it->incomplete);
        add(it->tax, purchase.tax, it->incomplete);
        add(it->grossTotal, purchase.grossTotal, it->incomplete);
    }
    return totals;
}

} // namespace ff
