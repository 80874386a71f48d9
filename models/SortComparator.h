// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QLocale>
#include <QVariant>

namespace ff {

// Orders the typed values the models give for SortRole: dates as instants whatever their
// offsets, money as exact decimals, numbers as numbers, text by the locale's collation (with
// "Episode 2" before "Episode 10"). An absent value (an invalid variant) sorts first, so rows
// with nothing to show gather at one end instead of passing for zero.
//
// The collator is made once and reused for every comparison: making one is costly, and a sort
// of 100 000 rows compares millions of times.
class SortComparator final
{
public:
    explicit SortComparator(const QLocale& locale = QLocale());

    void setLocale(const QLocale& locale);
    // Negative, zero or positive, as a is before, with or after b.
    int compare(const QVariant& a, const QVariant& b) const;

private:
    QCollator m_collator;
};

} // namespace ff
