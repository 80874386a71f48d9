// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DayRange.h"

#include <QDateTime>

namespace ff {

namespace {

qint64 ticksAtStartOf(const QDate& day, const QTimeZone& zone)
{
    // startOfDay copes with zones whose midnight is skipped by a daylight-saving change.
    return day.startOfDay(zone).toMSecsSinceEpoch() * DateTimeOffset::TicksPerMillisecond;
}

} // namespace

DayRange::DayRange(std::optional<QDate> from, std::optional<QDate> to, const QTimeZone& zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    if (from && from->isValid())
        m_fromTicks = ticksAtStartOf(*from, z);
    if (to && to->isValid())
        m_toTicks = ticksAtStartOf(to->addDays(1), z);
}

bool DayRange::contains(const std::optional<DateTimeOffset>& value) const
{
    if (!isBounded())
        return true;
    if (!value)
        return false;
    const qint64 ticks = value->utcTicks();
    return (!m_fromTicks || ticks >= *m_fromTicks) && (!m_toTicks || ticks < *m_toTicks);
}

} // namespace ff
