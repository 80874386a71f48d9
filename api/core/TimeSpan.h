// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <compare>
#include <optional>
#include <string_view>

namespace ff {

// A duration as .NET's TimeSpan, to the 100 ns tick. Json.NET writes it in the constant ("c")
// format: [-][d.]hh:mm:ss[.fffffff], for example "00:00:00.1234567" or "1.02:03:04". Every
// TimeSpan is one, from TimeSpan.MinValue ("-10675199.02:48:05.4775808") to TimeSpan.MaxValue.
class TimeSpan final
{
public:
    static constexpr qint64 TicksPerSecond = 10'000'000;

    TimeSpan() = default;
    static TimeSpan fromTicks(qint64 ticks);
    static TimeSpan fromSeconds(qint64 seconds) { return fromTicks(seconds * TicksPerSecond); }

    static std::optional<TimeSpan> parse(std::string_view text);

    qint64 ticks() const { return m_ticks; }
    qint64 totalMilliseconds() const { return m_ticks / 10'000; }

    // The constant format, exactly as .NET writes it.
    QByteArray toString() const;

    friend auto operator<=>(const TimeSpan&, const TimeSpan&) = default;

private:
    static std::optional<TimeSpan> withSign(bool negative, quint64 magnitude);

    qint64 m_ticks = 0;
};

} // namespace ff

Q_DECLARE_METATYPE(ff::TimeSpan)
