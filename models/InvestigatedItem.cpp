// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvestigatedItem.h"

#include "investigation/ItemInvestigation.h"

namespace ff {

InvestigatedItem InvestigatedItem::of(const ItemInvestigation& investigation)
{
    InvestigatedItem item;
    item.state = investigation.state.state;
    item.verdict = investigation.verdict;
    item.timeLeftSeconds = investigation.state.timeLeftSeconds;
    const bool expired = item.state == ItemState::ExpiredUnused || item.state == ItemState::ExpiredWatched;
    if (expired && investigation.window.end)
        item.secondsSinceEnd = (investigation.at.utcTicks() - investigation.window.end->utcTicks())
            / DateTimeOffset::TicksPerSecond;
    for (const RefundSignal& signal : investigation.raisedSignals) {
        item.signalKinds |= bit(signal.kind);
        if (signal.weight == SignalWeight::Supports || signal.weight == SignalWeight::Review)
            item.reasons |= bit(signal.kind);
    }
    item.nextChange = investigation.nextChange;
    return item;
}

qint64 InvestigatedItem::shownUnits(qint64 seconds)
{
    // Each unit in a range of its own, so that "1 d" never equals "24 min".
    constexpr qint64 Range = qint64(1) << 40;
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 86'400)
        return 2 * Range + seconds / 3600; // days and hours
    if (seconds >= 60)
        return Range + seconds / 60; // hours and minutes, or minutes
    return seconds;
}

bool InvestigatedItem::readsAs(const InvestigatedItem& other) const
{
    const auto units = [](const std::optional<qint64>& seconds) {
        return seconds ? std::optional<qint64>(shownUnits(*seconds)) : std::nullopt;
    };
    return state == other.state && verdict == other.verdict && signalKinds == other.signalKinds
        && reasons == other.reasons && units(timeLeftSeconds) == units(other.timeLeftSeconds)
        && units(secondsSinceEnd) == units(other.secondsSinceEnd);
}

} // namespace ff
