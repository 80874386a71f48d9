// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace ff::ui {

// The audit log's rows that hold the filter text in any column and have the chosen outcome.
class AuditLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    AuditLogFilterModel(int outcomeColumn, QObject* parent = nullptr);

    void setOutcome(std::optional<int> outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_outcomeColumn;
    std::optional<int> m_outcome;
};

} // namespace ff::ui
