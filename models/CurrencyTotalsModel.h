// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/CurrencyTotal.h"
#include "models/DtoMetaTypes.h"
#include "models/FormattedTableModel.h"

#include <QList>

namespace ff {

// The totals of an account's purchases, one row per currency: amounts in different currencies
// are never added up. A total that misses some amount says so in its note, so an agent does not
// read it as the whole.
class CurrencyTotalsModel final : public FormattedTableModel
{
    Q_OBJECT

public:
    enum Column { Currency, Purchases, Net, Tax, Gross, Note, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // typed, as PurchaseOrderModel::SortRole
        TotalRole, // CurrencyTotal
    };
    Q_ENUM(Role)

    explicit CurrencyTotalsModel(QObject* parent = nullptr);

    void setTotals(QList<CurrencyTotal> totals);
    const QList<CurrencyTotal>& totals() const { return m_totals; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_totals.size()); }
    QString header(int column) const override;

private:
    QString display(const CurrencyTotal& total, int column) const;
    QVariant toolTip(const CurrencyTotal& total, int column) const;
    QVariant sortValue(const CurrencyTotal& total, int column) const;

    QList<CurrencyTotal> m_totals;
};

} // namespace ff
