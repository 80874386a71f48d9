// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogFilterModel.h"

namespace ff::ui {

AuditLogFilterModel::AuditLogFilterModel(int outcomeColumn, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_outcomeColumn(outcomeColumn)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(Qt::UserRole);
}

void AuditLogFilterModel::setOutcome(std::optional<int> outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_outcome) {
        const QModelIndex outcome = sourceModel()->index(sourceRow, m_outcomeColumn, sourceParent);
        if (outcome.data(OutcomeRole).toInt() != *m_outcome)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace ff::ui
