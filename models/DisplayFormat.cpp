// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DisplayFormat.h"

#include <QDateTime>
#include <QTextDocument>
#include <algorithm>

namespace ff {

namespace {

// Stands for the currency symbol in the locale's pattern until the real one is put in.
constexpr QChar SymbolMarker(0x0001);

bool isLettersOnly(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

QString offsetText(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(offsetSeconds) / 60;
    return sign
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

DisplayFormat::DisplayFormat()
    : DisplayFormat(QLocale(), QTimeZone::systemTimeZone())
{ }

DisplayFormat::DisplayFormat(const QLocale& locale, const QTimeZone& timeZone)
    : m_locale(locale)
    , m_timeZone(timeZone.isValid() ? timeZone : QTimeZone::utc())
    , m_localeCurrencyCode(locale.currencySymbol(QLocale::CurrencyIsoCode))
    , m_localeCurrencySymbol(locale.currencySymbol(QLocale::CurrencySymbol))
{
    // QLocale formats currency from doubles only, so it is asked for its pattern with a
    // placeholder number and symbol, and the exact number goes where the placeholder was.
    const QString one = m_locale.toString(1);
    const QString pattern = m_locale.toCurrencyString(1.0, QString(SymbolMarker), 0);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0 || !pattern.contains(SymbolMarker)) {
        m_currencyPrefix = QString(SymbolMarker) + QChar(0x00A0);
    } else {
        m_currencyPrefix = pattern.left(at);
        m_currencySuffix = pattern.mid(at + one.size());
    }
}

int DisplayFormat::minorUnitDigits(const QString& currency)
{
    // ISO 4217's exceptions to two decimals.
    static const QStringList none { QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
        QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("UGX"), QStringLiteral("PYG"),
        QStringLiteral("XAF"), QStringLiteral("XOF") };
    static const QStringList three { QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
        QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND") };
    const QString code = currency.trimmed().toUpper();
    return none.contains(code) ? 0 : three.contains(code) ? 3 : 2;
}

QString DisplayFormat::absent()
{
    return QString(QChar(0x2014));
}

QString DisplayFormat::toolTip(const QString& text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QVariant DisplayFormat::toolTipOf(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? QVariant(toolTip(value.toString())) : value;
}

qint64 DisplayFormat::millisecondsOf(const DateTimeOffset& value)
{
    const qint64 ticks = value.utcTicks();
    const qint64 perMs = DateTimeOffset::TicksPerMillisecond;
    return ticks / perMs - (ticks % perMs < 0 ? 1 : 0);
}

QString DisplayFormat::dateTime(const std::optional<DateTimeOffset>& value) const
{
    if (!value)
        return absent();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(millisecondsOf(*value), m_timeZone);
    return m_locale.toString(local.date(), QLocale::ShortFormat) + u' '
        + m_locale.toString(local.time(), QLocale::ShortFormat) + u' ' + zoneAt(*value);
}

QString DisplayFormat::zoneAt(const DateTimeOffset& value) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(millisecondsOf(value), m_timeZone);
    // "BST" tells an agent more than "+01:00", but zones without a name of their own have
    // abbreviations like "+04" or "UTC+01", which are clearer as a full offset.
    const QString zone = m_timeZone.abbreviation(local);
    return isLettersOnly(zone) ? zone : offsetText(local.offsetFromUtc());
}

QString DisplayFormat::money(const std::optional<Decimal>& amount, const QString& currency) const
{
    if (!amount)
        return absent();
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty())
        return amount->toLocaleString(m_locale);

    Decimal value = *amount;
    // Padded to two places, so that "4.5" pounds shows as "£4.50"; the few currencies with
    // three places are shown as written.
    const int minorDigits = std::min(minorUnitDigits(code), 2);
    if (value.scale() < minorDigits)
        value = value.roundedTo(minorDigits); // widens exactly: digits are added, never dropped
    // The positive pattern with a leading sign: "-£3.99" reads better on a call than the
    // accounting "(£3.99)" that some locales use for negative amounts.
    const Decimal magnitude = value.isNegative() ? Decimal().minus(value).value_or(value) : value;

    const bool ownSymbol = code == m_localeCurrencyCode && !m_localeCurrencySymbol.isEmpty();
    const QString symbol = ownSymbol ? m_localeCurrencySymbol : code;
    QString prefix = m_currencyPrefix;
    QString suffix = m_currencySuffix;
    if (!ownSymbol) {
        // A code needs a space where a symbol does not: "EUR 3.99", not "EUR3.99".
        if (prefix.endsWith(SymbolMarker))
            prefix += QChar(0x00A0);
        if (suffix.startsWith(SymbolMarker))
            suffix.prepend(QChar(0x00A0));
    }
    prefix.replace(SymbolMarker, symbol);
    suffix.replace(SymbolMarker, symbol);
    const QString sign = value.isNegative() ? m_locale.negativeSign() : QString();
    return sign + prefix + magnitude.toLocaleString(m_locale) + suffix;
}

QString DisplayFormat::number(const std::optional<Decimal>& value) const
{
    return value ? value->toLocaleString(m_locale) : absent();
}

QString DisplayFormat::integer(std::optional<qint64> value) const
{
    return value ? m_locale.toString(*value) : absent();
}

QString DisplayFormat::yesNo(std::optional<bool> value) const
{
    if (!value)
        return absent();
    return *value ? tr("Yes") : tr("No");
}

QString DisplayFormat::duration(std::optional<TimeSpan> value) const
{
    if (!value)
        return absent();
    qint64 seconds = value->ticks() / TimeSpan::TicksPerSecond;
    const QString sign = seconds < 0 ? m_locale.negativeSign() : QString();
    seconds = std::abs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const QString secondsText = QStringLiteral("%1").arg(seconds % 60, 2, 10, QChar(u'0'));
    if (hours > 0) {
        return sign
            + tr("%1 h %2 min %3 s")
                  .arg(m_locale.toString(hours), QStringLiteral("%1").arg(minutes, 2, 10, QChar(u'0')),
                      secondsText);
    }
    if (minutes > 0)
        return sign + tr("%1 min %2 s").arg(QString::number(minutes), secondsText);
    return sign + tr("%1 s").arg(QString::number(seconds % 60));
}

QString DisplayFormat::text(const std::optional<QString>& value) const
{
    return value ? *value : absent();
}

} // namespace ff
