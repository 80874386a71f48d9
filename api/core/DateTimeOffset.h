// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <compare>
#include <optional>
#include <string_view>

namespace ff {

// An instant as the API writes it: to .NET's 100 ns tick, with the UTC offset it was written
// with. QDateTime keeps only milliseconds, so an instant read with seven fractional digits
// would not write back the same; this type does, and converts to QDateTime for display.
class DateTimeOffset final
{
public:
    // How the text named its zone, so that it is written back the same way.
    enum class Zone : quint8 {
        Utc, // "Z"
        Offset, // "+01:00"
        Unspecified, // no designator: read with the reader's default offset (UTC unless set)
    };

    static constexpr qint64 TicksPerSecond = 10'000'000;
    static constexpr qint64 TicksPerMillisecond = 10'000;

    DateTimeOffset() = default;
    static DateTimeOffset fromUtcTicks(
        qint64 ticksSinceEpoch, int offsetSeconds = 0, Zone zone = Zone::Offset);
    static DateTimeOffset fromQDateTime(const QDateTime& dateTime);

    // ISO 8601 as Json.NET writes it ("2025-09-04T07:11:51.697108+00:00", 0 to 7 fractional
    // digits, "Z", any offset or none) or the older "/Date(1420070400000+0100)/". An unspecified
    // zone is taken to be unspecifiedOffsetSeconds east of UTC. Nothing for an instant outside
    // .NET's range (years 1 to 9999, in UTC and at the offset), as .NET would refuse it too.
    static std::optional<DateTimeOffset> parse(std::string_view text, int unspecifiedOffsetSeconds = 0);
    static std::optional<DateTimeOffset> parse(QStringView text, int unspecifiedOffsetSeconds = 0);

    // Ticks (100 ns) since 1970-01-01T00:00:00Z.
    qint64 utcTicks() const { return m_utcTicks; }
    int offsetSeconds() const { return m_offsetSeconds; }
    Zone zone() const { return m_zone; }

    // Written as it was read: same zone designator, fraction trimmed of trailing zeros as
    // .NET's "FFFFFFF" does.
    QByteArray toIsoString() const;
    // Written in UTC with milliseconds and "Z", as the CLI promises.
    QByteArray toUtcMillisecondsString() const;
    // For display: millisecond precision, in the offset it was written with.
    QDateTime toDateTime() const;

    bool isSameInstant(const DateTimeOffset& other) const { return m_utcTicks == other.m_utcTicks; }
    // Equal when the instant, the offset and the way the zone was written all agree.
    friend bool operator==(const DateTimeOffset&, const DateTimeOffset&) = default;
    // Ordered by instant, whatever the offsets.
    friend std::strong_ordering operator<=>(const DateTimeOffset& a, const DateTimeOffset& b)
    {
        return a.m_utcTicks <=> b.m_utcTicks;
    }

private:
    qint64 m_utcTicks = 0;
    qint32 m_offsetSeconds = 0;
    Zone m_zone = Zone::Utc;
};

} // namespace ff

Q_DECLARE_METATYPE(ff::DateTimeOffset)
