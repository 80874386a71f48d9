// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/TimeSpan.h"

#include <cstdio>
#include <limits>

namespace ff {

namespace {

bool readNumber(std::string_view text, size_t* pos, qint64 limit, qint64* value, int* digitCount)
{
    qint64 result = 0;
    int count = 0;
    while (*pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9') {
        result = result * 10 + (text[*pos] - '0');
        if (result > limit)
            return false;
        ++*pos;
        ++count;
    }
    *value = result;
    *digitCount = count;
    return count > 0;
}

} // namespace

TimeSpan TimeSpan::fromTicks(qint64 ticks)
{
    TimeSpan span;
    span.m_ticks = ticks;
    return span;
}

std::optional<TimeSpan> TimeSpan::parse(std::string_view text)
{
    // [-][d.]hh:mm:ss[.fffffff], also [-]d and [-][d.]hh:mm as .NET's TimeSpan.Parse accepts.
    size_t pos = 0;
    const bool negative = pos < text.size() && text[pos] == '-';
    if (negative)
        ++pos;
    constexpr qint64 MaxDays = 10'675'199; // TimeSpan.MaxValue.Days
    qint64 first = 0;
    int digits = 0;
    if (!readNumber(text, &pos, MaxDays, &first, &digits))
        return std::nullopt;

    qint64 days = 0;
    qint64 hours = 0;
    if (pos == text.size()) {
        days = first; // a bare number of days
    } else {
        if (text[pos] == '.') {
            days = first;
            ++pos;
            if (!readNumber(text, &pos, 23, &hours, &digits))
                return std::nullopt;
        } else {
            hours = first;
            if (hours > 23)
                return std::nullopt;
        }
        qint64 minutes = 0;
        qint64 seconds = 0;
        qint64 fraction = 0;
        if (pos >= text.size() || text[pos++] != ':' || !readNumber(text, &pos, 59, &minutes, &digits)
            || digits != 2)
            return std::nullopt;
        if (pos < text.size()) {
            if (text[pos++] != ':' || !readNumber(text, &pos, 59, &seconds, &digits) || digits != 2)
                return std::nullopt;
            if (pos < text.size()) {
                if (text[pos++] != '.' || !readNumber(text, &pos, 9'999'999, &fraction, &digits) || digits > 7
                    || pos != text.size())
                    return std::nullopt;
                for (int i = digits; i < 7; ++i)
                    fraction *= 10;
            }
        }
        const quint64 ticks = quint64(((hours * 60 + minutes) * 60 + seconds) * TicksPerSecond + fraction);
        return withSign(negative, quint64(days) * quint64(86'400 * TicksPerSecond) + ticks);
    }
    return withSign(negative, quint64(days) * quint64(86'400 * TicksPerSecond));
}

std::optional<TimeSpan> TimeSpan::withSign(bool negative, quint64 magnitude)
{
    // TimeSpan.MinValue, -10675199.02:48:05.4775808, is one tick further from zero than
    // TimeSpan.MaxValue: a magnitude that fits only when negative. (No overflow above: the
    // days are at most MaxValue's, and a day's ticks times those fit in 64 unsigned bits.)
    constexpr quint64 largest = quint64(std::numeric_limits<qint64>::max());
    if (magnitude > largest + (negative ? 1 : 0))
        return std::nullopt;
    return fromTicks(negative ? qint64(0 - magnitude) : qint64(magnitude));
}

QByteArray TimeSpan::toString() const
{
    const bool negative = m_ticks < 0;
    // In unsigned arithmetic, so that TimeSpan.MinValue's magnitude (one more than the largest
    // qint64) is written as it is.
    const quint64 magnitude = negative ? 0 - quint64(m_ticks) : quint64(m_ticks);
    const quint64 totalSeconds = magnitude / TicksPerSecond;
    const quint64 fraction = magnitude % TicksPerSecond;
    const quint64 days = totalSeconds / 86'400;
    char buffer[48];
    int length = 0;
    if (negative)
        buffer[length++] = '-';
    if (days > 0)
        length += std::snprintf(
            buffer + length, sizeof buffer - size_t(length), "%llu.", (unsigned long long)days);
    length += std::snprintf(buffer + length, sizeof buffer - size_t(length), "%02llu:%02llu:%02llu",
        (unsigned long long)(totalSeconds / 3600 % 24), (unsigned long long)(totalSeconds / 60 % 60),
        (unsigned long long)(totalSeconds % 60));
    if (fraction != 0)
        length += std::snprintf(
            buffer + length, sizeof buffer - size_t(length), ".%07llu", (unsigned long long)fraction);
    return QByteArray(buffer, length);
}

} // namespace ff
