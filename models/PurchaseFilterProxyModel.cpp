// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PurchaseFilterProxyModel.h"

#include "models/AccountPurchasesModel.h"

namespace ff {

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
    m_locale = m_purchases ? m_purchases->displayFormat().locale() : QLocale();
    m_comparator.setLocale(m_locale);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_purchases) {
        m_formatConnection = connect(m_purchases, &AccountPurchasesModel::displayFormatChanged, this, [this] {
            const bool bounded = m_dayRange.isBounded();
            m_dayRange = DayRange(m_from, m_to, timeZone());
            const QLocale locale = m_purchases->displayFormat().locale();
            if (locale != m_locale) {
                m_locale = locale;
                m_comparator.setLocale(locale);
                invalidate(); // text sorts by the new locale's rules
            } else if (bounded) {
                invalidateFilter(); // the same days in another zone are other instants
            }
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
    invalidateFilter();
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
    invalidateFilter();
}

void PurchaseFilterProxyModel::setTypeFilter(const QString& type)
{
    const QString trimmed = type.trimmed();
    if (trimmed.compare(m_type, Qt::CaseInsensitive) == 0) {
        m_type = trimmed;
        return;
    }
    m_type = trimmed;
    invalidateFilter();
}

void PurchaseFilterProxyModel::setFilterText(const QString& text)
{
    m_filterText = text;
    const FilterTerms terms(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool PurchaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_paidOnly && !row.data(AccountPurchasesModel::PaidRole).toBool())
        return false;
    if (m_dayRange.isBounded()) {
        const QVariant date = row.data(AccountPurchasesModel::DatePurchasedRole);
        if (!m_dayRange.contains(date.isValid() ? std::optional(date.value<DateTimeOffset>()) : std::nullopt))
            return false;
    }
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
