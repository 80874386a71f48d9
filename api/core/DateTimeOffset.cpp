// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/DateTimeOffset.h"

#include <QTimeZone>
#include <cstdio>

namespace ff {

namespace {

constexpr qint64 SecondsPerDay = 86'400;
constexpr qint64 TicksPerDay = SecondsPerDay * DateTimeOffset::TicksPerSecond;
constexpr int MaxOffsetSeconds = 14 * 3600; // .NET's DateTimeOffset limit
// .NET's DateTime range, 0001-01-01T00:00:00 to 9999-12-31T23:59:59.9999999, in ticks since
// 1970. The API cannot send an instant outside it, and only inside it is the text this type
// writes four-digit years that read back (and are far from overflowing a tick count).
constexpr qint64 MinTicks = -62'135'596'800 * DateTimeOffset::TicksPerSecond;
constexpr qint64 MaxTicks = 253'402'300'800 * DateTimeOffset::TicksPerSecond - 1;

// As .NET's DateTimeOffset requires: the instant in UTC and its clock time at the offset both
// within DateTime's range.
bool isInDotNetRange(qint64 utcTicks, int offsetSeconds)
{
    const qint64 localTicks = utcTicks + qint64(offsetSeconds) * DateTimeOffset::TicksPerSecond;
    return utcTicks >= MinTicks && utcTicks <= MaxTicks && localTicks >= MinTicks && localTicks <= MaxTicks;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return { qint64(yearOfEra) + era * 400 + (month <= 2), month, day };
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned daysInMonth(qint64 year, unsigned month)
{
    static constexpr unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

qint64 floorDivide(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// A cursor over the text that reads fixed-width digit groups.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool digits(int count, int* value)
    {
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            result = result * 10 + (c - '0');
            ++m_pos;
        }
        *value = result;
        return true;
    }
    // Up to 9 fractional digits, as ticks (anything past the seventh digit is below a tick).
    bool fraction(qint64* ticks)
    {
        qint64 value = 0;
        int count = 0;
        while (peek() >= '0' && peek() <= '9') {
            if (count < 7)
                value = value * 10 + (peek() - '0');
            ++count;
            ++m_pos;
        }
        if (count == 0 || count > 9)
            return false;
        for (int i = count; i < 7; ++i)
            value *= 10;
        *ticks = value;
        return true;
    }
    std::string_view rest() const { return m_text.substr(m_pos); }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

std::optional<DateTimeOffset> parseMicrosoftDate(std::string_view text)
{
    // "/Date(1420070400000)/" or "/Date(1420070400000+0100)/"
    constexpr std::string_view prefix = "/Date(";
    constexpr std::string_view suffix = ")/";
    if (text.size() < prefix.size() + suffix.size() + 1 || text.substr(0, prefix.size()) != prefix
        || text.substr(text.size() - suffix.size()) != suffix)
        return std::nullopt;
    std::string_view body = text.substr(prefix.size(), text.size() - prefix.size() - suffix.size());
    size_t i = 0;
    const bool negative = !body.empty() && body[0] == '-';
    if (negative)
        ++i;
    qint64 milliseconds = 0;
    const size_t digitsStart = i;
    for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i) {
        if (i - digitsStart >= 15)
            return std::nullopt;
        milliseconds = milliseconds * 10 + (body[i] - '0');
    }
    if (i == digitsStart)
        return std::nullopt;
    if (negative)
        milliseconds = -milliseconds;
    // Fifteen digits of milliseconds are more ticks than a qint64 holds: range first.
    if (milliseconds < MinTicks / DateTimeOffset::TicksPerMillisecond
        || milliseconds > MaxTicks / DateTimeOffset::TicksPerMillisecond)
        return std::nullopt;
    const qint64 utcTicks = milliseconds * DateTimeOffset::TicksPerMillisecond;
    if (i == body.size())
        return DateTimeOffset::fromUtcTicks(utcTicks, 0, DateTimeOffset::Zone::Utc);
    Scanner offset(body.substr(i));
    const bool west = offset.peek() == '-';
    int hours = 0;
    int minutes = 0;
    if (!(offset.take('+') || offset.take('-')) || !offset.digits(2, &hours) || !offset.digits(2, &minutes)
        || !offset.atEnd() || minutes > 59)
        return std::nullopt;
    const int offsetSeconds = (west ? -1 : 1) * (hours * 3600 + minutes * 60);
    if (offsetSeconds > MaxOffsetSeconds || offsetSeconds < -MaxOffsetSeconds
        || !isInDotNetRange(utcTicks, offsetSeconds))
        return std::nullopt;
    return DateTimeOffset::fromUtcTicks(utcTicks, offsetSeconds, DateTimeOffset::Zone::Offset);
}

} // namespace

DateTimeOffset DateTimeOffset::fromUtcTicks(qint64 ticksSinceEpoch, int offsetSeconds, Zone zone)
{
    DateTimeOffset result;
    result.m_utcTicks = ticksSinceEpoch;
    result.m_offsetSeconds = zone == Zone::Utc ? 0 : offsetSeconds;
    result.m_zone = zone;
    return result;
}

DateTimeOffset DateTimeOffset::fromQDateTime(const QDateTime& dateTime)
{
    const int offset = dateTime.offsetFromUtc();
    return fromUtcTicks(dateTime.toMSecsSinceEpoch() * TicksPerMillisecond, offset,
        offset == 0 && dateTime.timeSpec() == Qt::UTC ? Zone::Utc : Zone::Offset);
}

std::optional<DateTimeOffset> DateTimeOffset::parse(std::string_view text, int unspecifiedOffsetSeconds)
{
    if (!text.empty() && text.front() == '/')
        return parseMicrosoftDate(text);

    Scanner in(text);
    int year = 0;
    int month = 0;
    int day = 0;
    if (!in.digits(4, &year) || !in.take('-') || !in.digits(2, &month) || !in.take('-')
        || !in.digits(2, &day))
        return std::nullopt;
    if (year < 1 || month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return std::nullopt;

    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 fractionTicks = 0;
    if (!in.atEnd()) {
        if (!(in.take('T') || in.take('t')) || !in.digits(2, &hour) || !in.take(':')
            || !in.digits(2, &minute))
            return std::nullopt;
        if (in.take(':')) {
            if (!in.digits(2, &second))
                return std::nullopt;
            if (in.take('.') && !in.fraction(&fractionTicks))
                return std::nullopt;
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
    }

    Zone zone = Zone::Unspecified;
    int offsetSeconds = unspecifiedOffsetSeconds;
    if (in.take('Z') || in.take('z')) {
        zone = Zone::Utc;
        offsetSeconds = 0;
    } else if (in.peek() == '+' || in.peek() == '-') {
        const bool west = in.peek() == '-';
        in.take(in.peek());
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (!in.digits(2, &offsetHours))
            return std::nullopt;
        in.take(':'); // "+0100" and "+01:00" are both ISO 8601
        if (!in.digits(2, &offsetMinutes) || offsetMinutes > 59)
            return std::nullopt;
        zone = Zone::Offset;
        offsetSeconds = (west ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
        if (offsetSeconds > MaxOffsetSeconds || offsetSeconds < -MaxOffsetSeconds)
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;

    const qint64 localTicks = daysFromCivil(year, unsigned(month), unsigned(day)) * TicksPerDay
        + (qint64(hour) * 3600 + minute * 60 + second) * TicksPerSecond + fractionTicks;
    const qint64 utcTicks = localTicks - qint64(offsetSeconds) * TicksPerSecond;
    // "0001-01-01T00:00:00+01:00" is a clock time .NET has, at an instant it has not.
    if (!isInDotNetRange(utcTicks, offsetSeconds))
        return std::nullopt;
    return fromUtcTicks(utcTicks, offsetSeconds, zone);
}

std::optional<DateTimeOffset> DateTimeOffset::parse(QStringView text, int unspecifiedOffsetSeconds)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())), unspecifiedOffsetSeconds);
}

QByteArray DateTimeOffset::toIsoString() const
{
    const qint64 localTicks = m_utcTicks + qint64(m_offsetSeconds) * TicksPerSecond;
    const qint64 days = floorDivide(localTicks, TicksPerDay);
    const qint64 ticksOfDay = localTicks - days * TicksPerDay;
    const CivilDate date = civilFromDays(days);
    const qint64 secondsOfDay = ticksOfDay / TicksPerSecond;
    const qint64 fraction = ticksOfDay % TicksPerSecond;

    char buffer[48];
    int length = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld",
        static_cast<long long>(date.year), date.month, date.day, static_cast<long long>(secondsOfDay / 3600),
        static_cast<long long>(secondsOfDay / 60 % 60), static_cast<long long>(secondsOfDay % 60));
    if (fraction != 0) {
        char digits[24];
        std::snprintf(digits, sizeof digits, "%07lld", static_cast<long long>(fraction));
        int used = 7;
        while (digits[used - 1] == '0')
            --used;
        length += std::snprintf(buffer + length, sizeof buffer - size_t(length), ".%.*s", used, digits);
    }
    if (m_zone == Zone::Utc) {
        buffer[length++] = 'Z';
    } else if (m_zone == Zone::Offset) {
        const int magnitude = m_offsetSeconds < 0 ? -m_offsetSeconds : m_offsetSeconds;
        length += std::snprintf(buffer + length, sizeof buffer - size_t(length), "%c%02d:%02d",
            m_offsetSeconds < 0 ? '-' : '+', magnitude / 3600, magnitude / 60 % 60);
    }
    return QByteArray(buffer, length);
}

QByteArray DateTimeOffset::toUtcMillisecondsString() const
{
    const qint64 milliseconds = floorDivide(m_utcTicks, TicksPerMillisecond);
    const qint64 days = floorDivide(milliseconds, SecondsPerDay * 1000);
    const qint64 millisecondsOfDay = milliseconds - days * SecondsPerDay * 1000;
    const CivilDate date = civilFromDays(days);
    char buffer[40];
    const int length = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ",
        static_cast<long long>(date.year), date.month, date.day,
        static_cast<long long>(millisecondsOfDay / 3'600'000),
        static_cast<long long>(millisecondsOfDay / 60'000 % 60),
        static_cast<long long>(millisecondsOfDay / 1000 % 60),
        static_cast<long long>(millisecondsOfDay % 1000));
    return QByteArray(buffer, length);
}

QDateTime DateTimeOffset::toDateTime() const
{
    const qint64 milliseconds = floorDivide(m_utcTicks, TicksPerMillisecond);
    if (m_zone == Zone::Utc)
        return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone::utc());
    return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone(m_offsetSeconds));
}

} // namespace ff
