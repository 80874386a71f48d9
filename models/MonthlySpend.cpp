// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MonthlySpend.h"

#include "api/domain/CurrencyTotal.h"
#include "models/DisplayFormat.h"

namespace ff {

MonthlySpend::MonthlySpend(const QList<CreditPurchase>& purchases, const QTimeZone& zone)
{
    for (const CreditPurchase& purchase : purchases) {
        // A purchase missing both is counted once, as undated: it has no month either way.
        if (!purchase.datePurchased) {
            ++m_withoutDate;
            continue;
        }
        if (!purchase.grossTotal) {
            ++m_withoutAmount;
            continue;
        }
        // As the totals table groups them: "usd" and "USD" are one chart, not two.
        const QString currency = CurrencyTotal::codeOf(purchase);
        if (!m_spend.contains(currency))
            m_currencies.append(currency);
        Month& month = m_spend[currency][monthOf(*purchase.datePurchased, zone)];
        ++month.count;
        if (const std::optional<Decimal> sum = month.gross.plus(*purchase.grossTotal))
            month.gross = *sum;
        else
            month.incomplete = true;
    }
}

QDate MonthlySpend::monthOf(const DateTimeOffset& instant, const QTimeZone& zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(DisplayFormat::millisecondsOf(instant), zone).date();
    return QDate(day.year(), day.month(), 1);
}

QString MonthlySpend::monthName(QDate month, const QLocale& locale)
{
    // The standalone name: Polish names a month in a heading "marzec", not "marca" as in a date.
    return locale.standaloneMonthName(month.month(), QLocale::LongFormat) + u' '
        + locale.toString(month.year()).remove(locale.groupSeparator());
}

QString MonthlySpend::shortMonthName(QDate month, const QLocale& locale)
{
    return locale.standaloneMonthName(month.month(), QLocale::ShortFormat) + u' '
        + locale.toString(month.year()).remove(locale.groupSeparator());
}

QList<QDate> MonthlySpend::months() const
{
    QDate first;
    QDate last;
    for (const auto& perMonth : m_spend) {
        if (perMonth.isEmpty())
            continue;
        if (!first.isValid() || perMonth.firstKey() < first)
            first = perMonth.firstKey();
        if (!last.isValid() || perMonth.lastKey() > last)
            last = perMonth.lastKey();
    }
    QList<QDate> months;
    for (QDate month = first; month.isValid() && month <= last; month = month.addMonths(1))
        months.append(month);
    return months;
}

QList<QDate> MonthlySpend::monthsOf(const QString& currency) const
{
    return m_spend.value(currency).keys();
}

MonthlySpend::Month MonthlySpend::spend(const QString& currency, QDate month) const
{
    return m_spend.value(currency).value(month);
}

} // namespace ff
