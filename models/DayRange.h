// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"

#include <QDate>
#include <QTimeZone>
#include <optional>

namespace ff {

// An inclusive range of calendar days in a time zone (the agent's), kept as half-open bounds on
// instants: a row is then tested with two integer comparisons, not a time-zone conversion each.
// An open end is unbounded; with no ends at all, everything is in range, even a missing date.
class DayRange final
{
public:
    DayRange() = default;
    DayRange(std::optional<QDate> from, std::optional<QDate> to, const QTimeZone& zone);

    bool isBounded() const { return m_fromTicks || m_toTicks; }
    // A missing date is outside any bounded range: "orders in May" cannot include an order whose
    // date is not known.
    bool contains(const std::optional<DateTimeOffset>& value) const;

    // The same instants bound both: the same days in the same zone, or no bounds at all.
    friend bool operator==(const DayRange&, const DayRange&) = default;

private:
    std::optional<qint64> m_fromTicks; // first tick of the first day
    std::optional<qint64> m_toTicks; // first tick after the last day
};

} // namespace ff
