// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/CreditPurchase.h"
#include "models/DayRange.h"
#include "models/FilterTerms.h"
#include "models/SortComparator.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <optional>

namespace ff {

class AccountPurchasesModel;

// Filters and sorts an AccountPurchasesModel: paid purchases only, a range of days (in the
// display format's time zone), one calendar month (the spend chart's, in the same zone), one
// purchase type, and free text over the type, invoice number, ID and currency. Each row's filter text is
// precomputed by the model; sorting compares SortRole's typed values (SortComparator), absent values first.
class PurchaseFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PurchaseFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;

    bool paidOnly() const { return m_paidOnly; }
    std::optional<QDate> dateFrom() const { return m_from; }
    std::optional<QDate> dateTo() const { return m_to; }
    QString typeFilter() const { return m_type; }
    QString filterText() const { return m_filterText; }
    // The month's first day; nothing: every month.
    std::optional<QDate> month() const { return m_month; }

    // The purchases the rows show, in the source's order.
    QList<CreditPurchase> shownPurchases() const;
    // The purchases every filter but the month lets through: what a chart of months draws, so
    // that choosing a month keeps the others on it.
    QList<CreditPurchase> purchasesInAnyMonth() const;

signals:
    // A filter changed, or the zone the days and months are read in: the rows shown may differ.
    void filtersChanged();

public slots:
    // Only purchases known to be paid; one whose Paid is missing is left out too.
    void setPaidOnly(bool paidOnly);
    // Purchased on these days, both included; an open end is unbounded. A purchase without a
    // date is outside any bounded range.
    void setDateRange(std::optional<QDate> from, std::optional<QDate> to);
    // One purchase type, ignoring case; empty: all types.
    void setTypeFilter(const QString& type);
    // Case-insensitive; words separated by spaces must all match.
    void setFilterText(const QString& text);
    // The calendar month of this day, in the display format's zone; nothing: every month. A
    // purchase without a date is in no month.
    void setMonth(std::optional<QDate> month);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QTimeZone timeZone() const;
    bool acceptsInAnyMonth(const QModelIndex& sourceRow) const;
    QList<CreditPurchase> purchasesWhere(bool inMonth) const;
    DayRange monthRange() const;
    void refilter();

    QPointer<AccountPurchasesModel> m_purchases;
    QMetaObject::Connection m_formatConnection;
    bool m_paidOnly = false;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    DayRange m_dayRange;
    std::optional<QDate> m_month;
    DayRange m_monthRange;
    QString m_type;
    QString m_filterText;
    FilterTerms m_terms;
    QLocale m_locale;
    SortComparator m_comparator;
};

} // namespace ff
