// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DayRange.h"
#include "models/FilterTerms.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace ff {

struct OrderNode;

// Which orders the orders view shows: those with one of the status codes (compared ignoring
// case; none listed: any), created on one of the days (in the agent's time zone; an open end is
// unbounded, and an order without a date is outside any bounded range), and, when words were
// typed, holding every word in one row (the order's or one of its items'). With "refund
// candidates only", an order shows only its items whose verdict is due or review, and only when
// it has one (found by the words in its own row or in such an item's). A headless value,
// after qBittorrent's torrentfilter: decided on what loading prepared (OrderNode), testable
// without a model or a view; OrderFilterProxyModel only combines it with the sort.
class OrderFilter final
{
public:
    const QString& text() const { return m_text; }
    // Case-insensitive; words separated by spaces must all match.
    void setText(const QString& text);
    const QStringList& statusCodes() const { return m_statusCodes; }
    // Trimmed, each code once.
    void setStatusCodes(const QStringList& codes);
    std::optional<QDate> createdFrom() const { return m_createdFrom; }
    std::optional<QDate> createdTo() const { return m_createdTo; }
    // Both days included; an invalid date is an open end.
    void setCreatedRange(std::optional<QDate> from, std::optional<QDate> to);
    // The zone the days are days in: the agent's.
    void setTimeZone(const QTimeZone& zone);
    bool candidatesOnly() const { return m_candidatesOnly; }
    void setCandidatesOnly(bool on) { m_candidatesOnly = on; }
    // Whether it hides some items of the orders it shows.
    bool filtersItems() const { return m_candidatesOnly; }

    // Whether the order is shown, with the items showsItem() passes.
    bool matches(const OrderNode& order) const;
    // Whether an item of a shown order is shown: every one, or only refund candidates.
    bool showsItem(const OrderNode& order, int itemRow) const;
    // Every order this filter shows, `previous` showed too (the agent typed more letters): a
    // filter then needs to look again only at the orders shown.
    bool narrows(const OrderFilter& previous) const;

    // The same orders shown: the same words (whatever the case and spacing typed), codes and
    // instants bounding the days.
    friend bool operator==(const OrderFilter& a, const OrderFilter& b)
    {
        return a.m_terms == b.m_terms && a.m_statusCodes == b.m_statusCodes && a.m_days == b.m_days
            && a.m_candidatesOnly == b.m_candidatesOnly;
    }

private:
    QString m_text;
    FilterTerms m_terms;
    QStringList m_statusCodes;
    std::optional<QDate> m_createdFrom;
    std::optional<QDate> m_createdTo;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    DayRange m_days; // the days as instants, made again when they or the zone change
    bool m_candidatesOnly = false;
};

} // namespace ff
