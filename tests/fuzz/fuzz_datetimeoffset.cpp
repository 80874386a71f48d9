// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/DateTimeOffset.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using ff::DateTimeOffset;
using ff::fuzz::check;

// DateTimeOffset::parse: ISO 8601 as Json.NET writes it, and "/Date(ms±hhmm)/". A date that
// reads writes back with toIsoString() to text that reads as the same instant, offset and zone
// designator, and in UTC milliseconds to text that reads as the same millisecond.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // A date without a zone takes the reader's offset: none, India's, and .NET's extremes.
    for (const int unspecifiedOffset : { 0, 5 * 3600 + 1800, -14 * 3600, 14 * 3600 }) {
        const std::optional<DateTimeOffset> date = DateTimeOffset::parse(text, unspecifiedOffset);
        const std::optional<DateTimeOffset> wide = DateTimeOffset::parse(
            QStringView(QString::fromUtf8(text.data(), qsizetype(text.size()))), unspecifiedOffset);
        if (QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8() == QByteArrayView(text))
            check(date == wide, "parse(QStringView) agrees with parse(std::string_view)");
        if (!date)
            continue;

        const QByteArray iso = date->toIsoString();
        const std::optional<DateTimeOffset> again
            = DateTimeOffset::parse(std::string_view(iso.constData(), size_t(iso.size())), unspecifiedOffset);
        check(again && *again == *date, "parse(toIsoString(x)) == x", iso);

        const QByteArray utc = date->toUtcMillisecondsString();
        const std::optional<DateTimeOffset> inUtc
            = DateTimeOffset::parse(std::string_view(utc.constData(), size_t(utc.size())));
        const qint64 millisecond = date->utcTicks()
            - (date->utcTicks() % DateTimeOffset::TicksPerMillisecond + DateTimeOffset::TicksPerMillisecond)
                % DateTimeOffset::TicksPerMillisecond;
        check(inUtc && inUtc->utcTicks() == millisecond && inUtc->zone() == DateTimeOffset::Zone::Utc,
            "toUtcMillisecondsString() reads as the same millisecond", iso + " / " + utc);

        check(date->toDateTime().isValid(), "toDateTime() is valid", iso);
        check(date->toDateTime().toMSecsSinceEpoch() * DateTimeOffset::TicksPerMillisecond == millisecond,
            "toDateTime() is the same millisecond", iso);
    }
    return 0;
}
