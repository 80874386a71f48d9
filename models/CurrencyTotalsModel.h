// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/CurrencyTotal.h"
#include "models/DisplayFormat.h"
#include "models/DtoMetaTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace ff {

// The totals of an account's purchases, one row per currency: amounts in different currencies
// are never added up. A total that misses some amount says so in its note, so an agent does not
// read it as the whole.
class CurrencyTotalsModel final : public QAbstractTableModel
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
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const CurrencyTotal& total, int column) const;
    QVariant toolTip(const CurrencyTotal& total, int column) const;
    QVariant sortValue(const CurrencyTotal& total, int column) const;

    QList<CurrencyTotal> m_totals;
    DisplayFormat m_format;
};

} // namespace ff
