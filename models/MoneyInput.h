// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Decimal.h"
#include "api/core/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ff {

// An amount of money as an agent types it, read by the rules of their locale and no other:
// "3,99" is three euros ninety-nine under de_DE and a mistake under en_GB, never 399. Strict,
// because a misread price is charged to a customer: a group separator only between groups of
// three digits left of the decimal separator (a plain space counts as the no-break or narrow
// no-break space that fr_FR and pl_PL write); a decimal separator of the other convention
// is refused with the amount as this locale writes it ("write 3,99"); no sign, currency,
// letters, or more decimals than the currency has. Exact: the digits go straight into a
// Decimal, never through a double.
class MoneyInput final
{
    Q_DECLARE_TR_FUNCTIONS(ff::MoneyInput)

public:
    enum class Problem {
        Empty,
        Sign, // "-3.99", "+3.99": a price is never negative
        Currency, // "£3.99", "3.99 EUR": the field already says which currency
        Letters,
        OtherCharacter, // anything that is neither a digit nor a separator: "3/99"
        OtherDecimalSeparator, // "3.99" under de_DE: the message says "write 3,99"
        Separators, // a group separator where none belongs, two decimal separators, "3,"
        TooManyDecimals, // more than the currency's minor unit: "3.999" in GBP
        TooLarge, // beyond what a .NET decimal holds
    };
    struct Error
    {
        Problem problem = Problem::Empty;
        QString message; // a sentence for the agent, with the form this locale expects
    };

    // currency: the ISO 4217 code the amount is in; it decides how many decimals are allowed
    // (two when it is empty or unknown).
    MoneyInput(const QLocale& locale, const QString& currency);

    int decimals() const { return m_decimals; }
    // The amount, padded to the currency's decimals ("3" in GBP is 3.00), or why it is not one.
    Result<Decimal, Error> read(const QString& text) const;
    // An amount as this locale writes it, for placeholders and messages: "3,99" under de_DE.
    QString example() const;

private:
    QString written(const Decimal& amount) const;
    Error error(Problem problem, const QString& message) const;
    Error separatorsError(const QString& text) const;

    QLocale m_locale;
    QString m_currency;
    int m_decimals;
};

} // namespace ff
