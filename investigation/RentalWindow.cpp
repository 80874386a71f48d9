// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/RentalWindow.h"

#include <QCoreApplication>

namespace ff {

namespace {

constexpr qint64 SecondsPerHour = 3600;
constexpr qint64 SecondsPerDay = 24 * SecondsPerHour;
// A hundred years: a longer window is a wrong number, not a rental.
constexpr qint64 MaxWindowSeconds = 36'525 * SecondsPerDay;
// 9999-12-31T23:59:59 and 0001-01-01T00:00:00 UTC, in seconds since 1970.
constexpr qint64 LastSecond = 253'402'300'799;
constexpr qint64 FirstSecond = -62'135'596'800;

std::optional<DateTimeOffset> endAfter(
    const std::optional<DateTimeOffset>& start, const std::optional<qint64>& count, qint64 unitSeconds)
{
    if (!start || !count || *count < 0 || *count * unitSeconds > MaxWindowSeconds)
        return std::nullopt;
    return RentalWindow::plusSeconds(*start, *count * unitSeconds);
}

} // namespace

std::optional<DateTimeOffset> RentalWindow::plusSeconds(const DateTimeOffset& from, qint64 seconds)
{
    const qint64 ticks = from.utcTicks() + seconds * DateTimeOffset::TicksPerSecond;
    const qint64 second = ticks / DateTimeOffset::TicksPerSecond;
    if (second > LastSecond || second < FirstSecond)
        return std::nullopt;
    return DateTimeOffset::fromUtcTicks(ticks, from.offsetSeconds(),
        from.zone() == DateTimeOffset::Zone::Unspecified ? DateTimeOffset::Zone::Offset : from.zone());
}

RentalWindow RentalWindow::of(const ItemFacts& facts, const RefundPolicy& policy)
{
    RentalWindow window;
    if (facts.ownership == ItemFacts::Ownership::Owned)
        return window;
    window.rentalEnd = endAfter(facts.purchasedAt, facts.rentalDays, SecondsPerDay);
    window.viewEnd = endAfter(facts.licenceIssuedAt, facts.viewHours, SecondsPerHour);
    if (window.rentalEnd && window.viewEnd)
        window.computedEnd = std::min(*window.rentalEnd, *window.viewEnd);
    else
        window.computedEnd = window.rentalEnd ? window.rentalEnd : window.viewEnd;
    window.platformEnd = facts.platformEnd;
    window.end = window.platformEnd ? window.platformEnd : window.computedEnd;
    if (window.platformEnd && window.computedEnd) {
        const qint64 apart = std::abs(window.platformEnd->utcTicks() - window.computedEnd->utcTicks());
        window.endsDisagree = apart > policy.clockSkewSeconds * DateTimeOffset::TicksPerSecond;
    }
    if (!window.end) {
        if (facts.rentalDays
            && (*facts.rentalDays < 0 || *facts.rentalDays * SecondsPerDay > MaxWindowSeconds))
            window.unknownReason = QCoreApplication::translate(
                "ff::RentalWindow", "RentalTime %1 is not a number of days a rental can last.")
                                       .arg(*facts.rentalDays);
        else if (!facts.rentalDays && !facts.licenceIssuedAt)
            window.unknownReason = QCoreApplication::translate("ff::RentalWindow",
                "The rental has no RentalTime and no licence was issued, so when it "
                "ends is unknown.");
        else if (!facts.rentalDays)
            window.unknownReason = QCoreApplication::translate("ff::RentalWindow",
                "The rental has no RentalTime and no ViewTime, so when it ends is "
                "unknown.");
        else
            window.unknownReason
                = QCoreApplication::translate("ff::RentalWindow", "When the rental ends is unknown.");
    }
    return window;
}

} // namespace ff
