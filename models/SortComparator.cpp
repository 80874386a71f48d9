// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SortComparator.h"

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QDateTime>
#include <QUuid>

namespace ff {

namespace {

template <class T> int compareAs(const QVariant& a, const QVariant& b)
{
    const T& x = *static_cast<const T*>(a.constData());
    const T& y = *static_cast<const T*>(b.constData());
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

SortComparator::SortComparator(const QLocale& locale)
{
    setLocale(locale);
}

void SortComparator::setLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int SortComparator::compare(const QVariant& a, const QVariant& b) const
{
    const bool aAbsent = !a.isValid() || a.isNull();
    const bool bAbsent = !b.isValid() || b.isNull();
    if (aAbsent || bAbsent)
        return int(bAbsent) - int(aAbsent);

    const QMetaType type = a.metaType();
    if (type != b.metaType()) {
        // A column holds one type; should two ever differ, order by type so the sort stays a
        // strict weak ordering.
        return type.id() < b.metaType().id() ? -1 : 1;
    }
    switch (type.id()) {
    case QMetaType::QString:
        return m_collator.compare(
            *static_cast<const QString*>(a.constData()), *static_cast<const QString*>(b.constData()));
    case QMetaType::LongLong:
        return compareAs<qlonglong>(a, b);
    case QMetaType::Int:
        return compareAs<int>(a, b);
    case QMetaType::Bool:
        return compareAs<bool>(a, b);
    case QMetaType::Double:
        return compareAs<double>(a, b);
    case QMetaType::QDate:
        return compareAs<QDate>(a, b);
    case QMetaType::QDateTime:
        return compareAs<QDateTime>(a, b);
    case QMetaType::QUuid:
        return compareAs<QUuid>(a, b);
    default:
        break;
    }
    if (type == QMetaType::fromType<DateTimeOffset>())
        return compareAs<DateTimeOffset>(a, b);
    if (type == QMetaType::fromType<Decimal>())
        return compareAs<Decimal>(a, b);
    if (type == QMetaType::fromType<TimeSpan>())
        return compareAs<TimeSpan>(a, b);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace ff
