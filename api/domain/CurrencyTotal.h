// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Decimal.h"
#include "api/dto/CreditPurchase.h"

#include <QList>
#include <QString>

namespace ff {

// The sum of an account's purchases in one currency. Amounts in different currencies are never
// added together; a purchase without a currency is totalled on its own, under an empty code.
struct CurrencyTotal
{
    QString currency;
    qint64 count = 0;
    Decimal netTotal;
    Decimal tax;
    Decimal grossTotal;
    // Some purchase had no value for an amount, or a sum left decimal's range: the totals
    // shown are then not the whole story, and say so.
    bool incomplete = false;

    // The code a purchase's amounts are totalled under: trimmed and upper-case ("usd " is USD),
    // empty for none. The totals, the spend chart and DisplayFormat all read a currency so.
    static QString codeOf(const CreditPurchase& purchase)
    {
        return purchase.currency.value_or(QString()).trimmed().toUpper();
    }
    // One entry per currency, in order of first appearance.
    static QList<CurrencyTotal> of(const QList<CreditPurchase>& purchases);

    friend bool operator==(const CurrencyTotal&, const CurrencyTotal&) = default;
};

} // namespace ff
