// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvestigatedItem.h"

#include "investigation/ItemInvestigation.h"

#include <algorithm>

namespace ff {

namespace {

std::optional<qint32> clampedSeconds(std::optional<qint64> seconds)
{
    if (!seconds)
        return std::nullopt;
    return qint32(std::clamp<qint64>(*seconds, 0, std::numeric_limits<qint32>::max()));
}

} // namespace

InvestigatedItem InvestigatedItem::of(const ItemInvestigation& investigation)
{
    InvestigatedItem item;
    item.state = investigation.state.state;
    item.verdict = investigation.verdict;
    item.timeLeftSeconds = clampedSeconds(investigation.state.timeLeftSeconds);
    const bool expired = item.state == ItemState::ExpiredUnused || item.state == ItemState::ExpiredWatched;
    if (expired && investigation.window.end)
        item.secondsSinceEnd
            = clampedSeconds((investigation.at.utcTicks() - investigation.window.end->utcTicks())
                / DateTimeOffset::TicksPerSecond);
    for (const RefundSignal& signal : investigation.raisedSignals) {
        item.signalKinds |= bit(signal.kind);
        if (signal.weight == SignalWeight::Supports || signal.weight == SignalWeight::Review)
            item.reasons |= bit(signal.kind);
    }
    return item;
}

qint64 InvestigatedItem::lastUnitShown(qint64 seconds)
{
    // RefundSentences::span: days and hours past a day, hours and minutes (or minutes) past a
    // minute, else seconds.
    return seconds >= 86'400 ? 3600 : seconds >= 60 ? 60 : 1;
}

qint64 InvestigatedItem::shownUnits(qint64 seconds)
{
    // Each unit in a range of its own, so that "1 d" never equals "24 min".
    constexpr qint64 Range = qint64(1) << 40;
    seconds = std::max<qint64>(0, seconds);
    const qint64 unit = lastUnitShown(seconds);
    return (unit == 3600 ? 2 * Range : unit == 60 ? Range : 0) + seconds / unit;
}

std::optional<qint64> InvestigatedItem::secondsUntilTimeReadsOtherwise() const
{
    if (timeLeftSeconds) // counting down: once it drops below the unit it shows
        return *timeLeftSeconds % lastUnitShown(*timeLeftSeconds) + 1;
    if (secondsSinceEnd) // counting up: once it reaches the next whole unit
        return lastUnitShown(*secondsSinceEnd) - *secondsSinceEnd % lastUnitShown(*secondsSinceEnd);
    return std::nullopt;
}

bool InvestigatedItem::readsAs(const InvestigatedItem& other) const
{
    const auto units = [](const std::optional<qint32>& seconds) {
        return seconds ? std::optional<qint64>(shownUnits(*seconds)) : std::nullopt;
    };
    return pending == other.pending && state == other.state && verdict == other.verdict
        && signalKinds == other.signalKinds && reasons == other.reasons
        && units(timeLeftSeconds) == units(other.timeLeftSeconds)
        && units(secondsSinceEnd) == units(other.secondsSinceEnd);
}

} // namespace ff
