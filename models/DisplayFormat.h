// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QVariant>
#include <optional>

namespace ff {

// How the console shows values to an agent: dates in the agent's time zone with the zone
// visible, money exactly and with its currency, and an absent value as an em dash. The dash is
// never "0" and never empty, so an agent can tell "none" (an empty text, a zero) from "not
// known" (the API sent null or left the field out).
//
// A value type: copy it freely. It is cheap to use per cell; what depends only on the locale
// (the currency pattern) is worked out once, when it is made.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ff::DisplayFormat)

public:
    // The system locale and time zone.
    DisplayFormat();
    DisplayFormat(const QLocale& locale, const QTimeZone& timeZone);

    const QLocale& locale() const { return m_locale; }
    const QTimeZone& timeZone() const { return m_timeZone; }

    // How many decimals an amount in this ISO 4217 currency has: 0 (JPY), 3 (KWD), else 2.
    static int minorUnitDigits(const QString& currency);
    // "—": what any absent value shows.
    static QString absent();
    // A text as a tooltip shows it letter for letter: Qt takes a tooltip that looks like markup
    // ("<b>…", "&lt;") for markup, so such a text is handed over as markup that shows it.
    static QString toolTip(const QString& text);
    // A model's ToolTipRole value made safe the same way: a text through toolTip(), anything else
    // (nothing, a number) as it is. Every model answers ToolTipRole through this.
    static QVariant toolTipOf(const QVariant& value);

    // The instant in the agent's zone, short date and time, with the zone: "04/09/2025 08:11 BST",
    // or "+01:00" where the zone has no abbreviation in letters.
    QString dateTime(const std::optional<DateTimeOffset>& value) const;
    // The zone's name at that instant as customers know it ("GMT", "BST", "CET"), or its offset
    // ("+04:00") where the zone has no name of its own.
    QString zoneAt(const DateTimeOffset& value) const;
    // Exact, with the locale's grouping, padded (never rounded) to the currency's minor unit:
    // "£1,234.50" for GBP in a British locale, "EUR 3.99" where the locale has no symbol of its
    // own for the currency. No currency: the number alone.
    QString money(const std::optional<Decimal>& amount, const QString& currency) const;
    // An exact number with the locale's grouping, as written ("4.0" stays "4.0").
    QString number(const std::optional<Decimal>& value) const;
    QString integer(std::optional<qint64> value) const;
    QString yesNo(std::optional<bool> value) const;
    // "1 h 52 min 07 s", "3 min 05 s", "7 s".
    QString duration(std::optional<TimeSpan> value) const;
    // Absent: the dash; present but empty: empty (the API said "nothing").
    QString text(const std::optional<QString>& value) const;

    // The instant as milliseconds since the epoch, for QDateTime; rounds towards the past.
    static qint64 millisecondsOf(const DateTimeOffset& value);

private:
    QLocale m_locale;
    QTimeZone m_timeZone;
    QString m_localeCurrencyCode; // "GBP" for en_GB
    QString m_localeCurrencySymbol; // "£" for en_GB
    // The locale's currency pattern split around the number, with a marker where the symbol
    // goes: en_GB "\1" and "", de_DE "" and " \1".
    QString m_currencyPrefix;
    QString m_currencySuffix;
};

} // namespace ff
