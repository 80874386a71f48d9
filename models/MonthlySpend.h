// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/CreditPurchase.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace ff {

// Gross spend per calendar month and per currency: what the purchases' chart draws. A month is
// read in the agent's zone (a purchase at 2026-03-31T23:30-05:00 is April in Warsaw), amounts
// in different currencies are never added up, and sums are exact. A purchase without a date or
// without a gross amount is in no month: it is counted apart, so the chart can say it is missing
// rather than draw it as nothing.
class MonthlySpend final
{
public:
    struct Month
    {
        Decimal gross;
        qint64 count = 0;
        // The sum left decimal's range: the amount shown is not the whole.
        bool incomplete = false;
    };

    MonthlySpend() = default;
    MonthlySpend(const QList<CreditPurchase>& purchases, const QTimeZone& zone);

    // The first day of the month the instant falls in, in this zone.
    static QDate monthOf(const DateTimeOffset& instant, const QTimeZone& zone);
    // "March 2026", "März 2026", "marzec 2026": the month as a heading names it.
    static QString monthName(QDate month, const QLocale& locale);
    // "Mar 2026": the month under a bar.
    static QString shortMonthName(QDate month, const QLocale& locale);

    bool isEmpty() const { return m_spend.isEmpty(); }
    // In order of first appearance; a purchase without a currency is under an empty code.
    const QStringList& currencies() const { return m_currencies; }
    // Every month from the first with a purchase to the last, the empty ones too, so that bars
    // stand a calendar distance apart; each as its first day.
    QList<QDate> months() const;
    // Months with a purchase in this currency, in order.
    QList<QDate> monthsOf(const QString& currency) const;
    // Nothing spent (zero, no purchase) for a month without purchases in that currency.
    Month spend(const QString& currency, QDate month) const;

    // Purchases left out of every month, and why.
    qint64 withoutDate() const { return m_withoutDate; }
    qint64 withoutAmount() const { return m_withoutAmount; }

private:
    QStringList m_currencies;
    QMap<QString, QMap<QDate, Month>> m_spend;
    qint64 m_withoutDate = 0;
    qint64 m_withoutAmount = 0;
};

} // namespace ff
