// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseFilterProxyModel.h"

#include "models/AccountPurchasesModel.h"

namespace ff {

namespace {

bool isDateIn(const DayRange& range, const QModelIndex& row)
{
    if (!range.isBounded())
        return true;
    const QVariant date = row.data(AccountPurchasesModel::DatePurchasedRole);
    return range.contains(date.isValid() ? std::optional(date.value<DateTimeOffset>()) : std::nullopt);
}

} // namespace

PurchaseFilterProxyModel::PurchaseFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountPurchasesModel::SortRole);
    setFilterRole(AccountPurchasesModel::FilterTextRole);
    setDynamicSortFilter(true);
}

void PurchaseFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    disconnect(m_formatConnection);
    m_purchases = qobject_cast<AccountPurchasesModel*>(sourceModel);
    m_dayRange = DayRange(m_from, m_to, timeZone());
    m_monthRange = monthRange();
    m_locale = m_purchases ? m_purchases->displayFormat().locale() : QLocale();
    m_comparator.setLocale(m_locale);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_purchases) {
        m_formatConnection = connect(m_purchases, &AccountPurchasesModel::displayFormatChanged, this, [this] {
            const bool bounded = m_dayRange.isBounded() || m_monthRange.isBounded();
            m_dayRange = DayRange(m_from, m_to, timeZone());
            m_monthRange = monthRange();
            const QLocale locale = m_purchases->displayFormat().locale();
            if (locale != m_locale) {
                m_locale = locale;
                m_comparator.setLocale(locale);
                invalidate(); // text sorts by the new locale's rules
            } else if (bounded) {
                invalidateFilter(); // the same days in another zone are other instants
            }
            emit filtersChanged(); // and purchases near a month's end are in another month
        });
    }
}

QTimeZone PurchaseFilterProxyModel::timeZone() const
{
    return m_purchases ? m_purchases->displayFormat().timeZone() : QTimeZone::systemTimeZone();
}

void PurchaseFilterProxyModel::setPaidOnly(bool paidOnly)
{
    if (paidOnly == m_paidOnly)
        return;
    m_paidOnly = paidOnly;
    refilter();
}

void PurchaseFilterProxyModel::setDateRange(std::optional<QDate> from, std::optional<QDate> to)
{
    if (from && !from->isValid())
        from.reset();
    if (to && !to->isValid())
        to.reset();
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_dayRange = DayRange(from, to, timeZone());
    refilter();
}

void PurchaseFilterProxyModel::setTypeFilter(const QString& type)
{
    const QString trimmed = type.trimmed();
    if (trimmed.compare(m_type, Qt::CaseInsensitive) == 0) {
        m_type = trimmed;
        return;
    }
    m_type = trimmed;
    refilter();
}

void PurchaseFilterProxyModel::setFilterText(const QString& text)
{
    m_filterText = text;
    const FilterTerms terms(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    refilter();
}

void PurchaseFilterProxyModel::setMonth(std::optional<QDate> month)
{
    if (month && month->isValid())
        month = QDate(month->year(), month->month(), 1);
    else
        month.reset();
    if (month == m_month)
        return;
    m_month = month;
    m_monthRange = monthRange();
    refilter();
}

DayRange PurchaseFilterProxyModel::monthRange() const
{
    return m_month ? DayRange(m_month, m_month->addMonths(1).addDays(-1), timeZone()) : DayRange();
}

void PurchaseFilterProxyModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

QList<CreditPurchase> PurchaseFilterProxyModel::shownPurchases() const
{
    return purchasesWhere(true);
}

QList<CreditPurchase> PurchaseFilterProxyModel::purchasesInAnyMonth() const
{
    return purchasesWhere(false);
}

QList<CreditPurchase> PurchaseFilterProxyModel::purchasesWhere(bool inMonth) const
{
    QList<CreditPurchase> accepted;
    if (!m_purchases)
        return accepted;
    for (int row = 0; row < m_purchases->rowCount(); ++row) {
        const QModelIndex index = m_purchases->index(row, 0);
        if (acceptsInAnyMonth(index) && (!inMonth || isDateIn(m_monthRange, index)))
            accepted.append(m_purchases->purchases().at(row));
    }
    return accepted;
}

bool PurchaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return acceptsInAnyMonth(row) && isDateIn(m_monthRange, row);
}

bool PurchaseFilterProxyModel::acceptsInAnyMonth(const QModelIndex& row) const
{
    if (m_paidOnly && !row.data(AccountPurchasesModel::PaidRole).toBool())
        return false;
    if (!isDateIn(m_dayRange, row))
        return false;
    if (!m_type.isEmpty()
        && row.data(AccountPurchasesModel::PurchaseTypeRole).toString().compare(m_type, Qt::CaseInsensitive)
            != 0)
        return false;
    return m_terms.isEmpty() || m_terms.matches(row.data(AccountPurchasesModel::FilterTextRole).toString());
}

bool PurchaseFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_comparator.compare(left.data(sortRole()), right.data(sortRole())) < 0;
}

} // namespace ff
