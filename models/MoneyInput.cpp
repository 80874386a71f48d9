// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MoneyInput.h"

#include "models/DisplayFormat.h"

#include <optional>

namespace ff {

namespace {

constexpr QChar Space(u' ');

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The one character a locale writes for a separator (QLocale hands out strings).
QChar single(const QString& text, QChar fallback)
{
    return text.size() == 1 ? text.front() : fallback;
}

// How a locale separates: its decimal separator and the characters that may group digits.
struct Convention
{
    QChar point;
    QString groups;
};

// The digits before and after the decimal separator, without separators.
struct Digits
{
    QString whole;
    QString fraction;
};

// Reads text (its spaces already plain ones) by one convention, strictly: at most one decimal
// separator, with digits on both sides; group separators only left of it, all the same one,
// between groups of exactly three digits (the first of one to three).
std::optional<Digits> readWith(const QString& text, const Convention& convention)
{
    qsizetype point = -1;
    QChar group;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDigit(c))
            continue;
        if (c == convention.point && point < 0) {
            point = i;
            continue;
        }
        if (point >= 0 || !convention.groups.contains(c) || (!group.isNull() && c != group))
            return std::nullopt;
        group = c;
    }
    Digits digits { point < 0 ? text : text.left(point), point < 0 ? QString() : text.mid(point + 1) };
    if (digits.whole.isEmpty() || (point >= 0 && digits.fraction.isEmpty()))
        return std::nullopt;
    if (group.isNull())
        return digits;
    const QStringList parts = digits.whole.split(group);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qsizetype size = parts[i].size();
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return std::nullopt;
    }
    digits.whole = parts.join(QString());
    return digits;
}

// The exact amount the digits say; nothing beyond a .NET decimal's range.
std::optional<Decimal> amountOf(const Digits& digits)
{
    QString whole = digits.whole;
    while (whole.size() > 1 && whole.front() == u'0')
        whole.remove(0, 1); // "03,99" is 3,99; the JSON grammar Decimal reads has no leading zeros
    const QString text = digits.fraction.isEmpty() ? whole : whole + u'.' + digits.fraction;
    return Decimal::fromString(QStringView(text));
}

} // namespace

MoneyInput::MoneyInput(const QLocale& locale, const QString& currency)
    : m_locale(locale)
    , m_currency(currency.trimmed().toUpper())
    , m_decimals(DisplayFormat::minorUnitDigits(m_currency))
{ }

MoneyInput::Error MoneyInput::error(Problem problem, const QString& message) const
{
    return Error { problem, message };
}

QString MoneyInput::written(const Decimal& amount) const
{
    return amount.toLocaleString(m_locale);
}

QString MoneyInput::example() const
{
    // 3.99, or 399 in a currency without decimals.
    return written(
        m_decimals == 0 ? Decimal::fromUnits(399, 0) : Decimal::fromUnits(399, 2).roundedTo(m_decimals));
}

Result<Decimal, MoneyInput::Error> MoneyInput::read(const QString& typed) const
{
    // Every kind of space is a plain one here: fr_FR and pl_PL group digits with a (narrow)
    // no-break space that no keyboard types, so an agent types a space.
    QString text;
    text.reserve(typed.size());
    for (const QChar c : typed)
        text += c.isSpace() ? Space : c;
    text = text.trimmed();
    if (text.isEmpty())
        return error(Problem::Empty, tr("Enter an amount, such as %1.").arg(example()));

    const QChar point = single(m_locale.decimalPoint(), u'.');
    const QChar group = single(m_locale.groupSeparator(), u',');
    const QString signs = QStringLiteral("+-\u2212") + m_locale.negativeSign() + m_locale.positiveSign();
    QString letters;
    for (const QChar c : text) {
        if (isDigit(c) || c == Space || c == u'.' || c == u',' || c == point || c == group || c == u'\'')
            continue;
        if (signs.contains(c))
            return error(Problem::Sign,
                tr("Type the amount without a sign, such as %1: a price is never negative.").arg(example()));
        if (c.category() == QChar::Symbol_Currency)
            letters = m_currency; // "£3.99", "3,99 €": said below
        else if (c.isLetter())
            letters += c;
        else
            return error(Problem::OtherCharacter,
                tr("“%1” cannot be part of an amount: type digits, such as %2.").arg(QString(c), example()));
    }
    if (!letters.isEmpty() && !m_currency.isEmpty() && letters.compare(m_currency, Qt::CaseInsensitive) == 0)
        return error(Problem::Currency,
            tr("Type the amount without its currency (it is in %1), such as %2.").arg(m_currency, example()));
    if (!letters.isEmpty())
        return error(
            Problem::Letters, tr("“%1” is not an amount: type digits, such as %2.").arg(text, example()));

    Convention own { point, group.isSpace() ? QString(Space) : QString(group) };
    if (group == QChar(0x2019))
        own.groups += u'\''; // de_CH's apostrophe, as a keyboard types it
    const std::optional<Digits> digits = readWith(text, own);
    if (!digits)
        return separatorsError(text);
    if (digits->fraction.size() > m_decimals) {
        if (m_currency.isEmpty())
            return error(Problem::TooManyDecimals,
                tr("An amount has at most %1 decimal places, such as %2.")
                    .arg(QString::number(m_decimals), example()));
        if (m_decimals == 0)
            return error(Problem::TooManyDecimals,
                tr("An amount in %1 has no decimals: type whole units, such as %2.")
                    .arg(m_currency, example()));
        return error(Problem::TooManyDecimals,
            tr("An amount in %1 has at most %2 decimal places, such as %3.")
                .arg(m_currency, QString::number(m_decimals), example()));
    }
    const std::optional<Decimal> amount = amountOf(*digits);
    if (!amount)
        return error(Problem::TooLarge, tr("“%1” is too large for an amount.").arg(text));
    // Widening adds zeros only: "3" in GBP is 3.00, as the catalogue's prices are written.
    return amount->scale() < m_decimals ? amount->roundedTo(m_decimals) : *amount;
}

MoneyInput::Error MoneyInput::separatorsError(const QString& text) const
{
    // Read by the other convention (en_GB's for de_DE, fr_FR and pl_PL; de_DE's for en_GB), the
    // text may be a clear amount with the wrong decimal separator: say how this locale writes it.
    const QChar point = single(m_locale.decimalPoint(), u'.');
    const Convention other { point == u'.' ? u',' : u'.', QString(point) + Space };
    const std::optional<Digits> digits = readWith(text, other);
    const std::optional<Decimal> amount = digits ? amountOf(*digits) : std::nullopt;
    auto padded = [this](const Decimal& value) {
        return value.scale() < m_decimals ? value.roundedTo(m_decimals) : value;
    };
    if (amount && !digits->fraction.isEmpty())
        return error(Problem::OtherDecimalSeparator,
            tr("Your language settings write “%1” before the decimals: write %2.")
                .arg(QString(point), written(padded(*amount))));

    // Otherwise show the two forms this locale reads, with the agent's amount where it is clear.
    const Decimal shown = padded(amount.value_or(Decimal::fromUnits(123450, 2)));
    QLocale ungrouped = m_locale;
    ungrouped.setNumberOptions(m_locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString grouped = written(shown);
    const QString plain = shown.toLocaleString(ungrouped);
    return error(Problem::Separators,
        grouped == plain
            ? tr("“%1” is not an amount as your language settings write it: write %2.").arg(text, plain)
            : tr("“%1” is not an amount as your language settings write it: write %2 or %3.")
                  .arg(text, grouped, plain));
}

} // namespace ff
