// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/FormattedTableModel.h"
#include "models/MonthlySpend.h"

#include <QList>

namespace ff {

// Spend per month as a table: a row per month and currency with a purchase, in month order, as
// the chart's bars show them. It is the chart's equivalent for an agent who cannot see it, and
// it writes the texts the chart shows (a bar's tooltip, the note on purchases left out) so that
// the two always read the same.
class MonthlySpendModel final : public FormattedTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Currency, Spend, Purchases, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        MonthRole = Qt::UserRole + 1, // QDate, the month's first day
        CurrencyRole, // QString, as the server sent it
    };
    Q_ENUM(Role)

    explicit MonthlySpendModel(QObject* parent = nullptr);

    void setSpend(MonthlySpend spend);
    const MonthlySpend& spend() const { return m_spend; }

    // The month's exact amount in the currency as the purchases' table shows money, and how
    // many purchases make it: "March 2026: £12.00 (2 purchases)". Plain text.
    QString summary(const QString& currency, QDate month) const;
    // "2 purchase(s) without a date are not in the chart." and the same for amounts; empty when
    // every purchase is in.
    QString missingNote() const;
    // The row of this month in this currency; invalid when it has none.
    QModelIndex indexOf(const QString& currency, QDate month) const;
    // A currency as a heading shows it: the code as sent, or "(none)".
    QString currencyName(const QString& currency) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_rows.size()); }
    QString header(int column) const override;

private:
    struct Row
    {
        QDate month;
        QString currency;
    };

    MonthlySpend m_spend;
    QList<Row> m_rows;
};

} // namespace ff
