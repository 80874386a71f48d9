// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MonthlySpendModel.h"

#include <QStringList>

namespace ff {

MonthlySpendModel::MonthlySpendModel(QObject* parent)
    : FormattedTableModel(ColumnCount, parent)
{ }

void MonthlySpendModel::setSpend(MonthlySpend spend)
{
    beginResetModel();
    m_spend = std::move(spend);
    m_rows.clear();
    for (const QDate& month : m_spend.months()) {
        for (const QString& currency : m_spend.currencies()) {
            if (m_spend.spend(currency, month).count > 0)
                m_rows.append({ month, currency });
        }
    }
    endResetModel();
}

QModelIndex MonthlySpendModel::indexOf(const QString& currency, QDate month) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).month == month && m_rows.at(row).currency == currency)
            return index(row, 0);
    }
    return {};
}

QString MonthlySpendModel::currencyName(const QString& currency) const
{
    return currency.isEmpty() ? tr("(none)") : currency;
}

QString MonthlySpendModel::summary(const QString& currency, QDate month) const
{
    const MonthlySpend::Month spent = m_spend.spend(currency, month);
    QString text = tr("%1: %2 (%n purchase(s))", nullptr, int(spent.count))
                       .arg(MonthlySpend::monthName(month, displayFormat().locale()),
                           displayFormat().money(spent.gross, currency));
    if (spent.incomplete)
        text += u' ' + tr("(incomplete: the sum is too large)");
    return text;
}

QString MonthlySpendModel::missingNote() const
{
    QStringList notes;
    if (m_spend.withoutDate() > 0)
        notes.append(
            tr("%n purchase(s) without a date are not in the chart.", nullptr, int(m_spend.withoutDate())));
    if (m_spend.withoutAmount() > 0)
        notes.append(tr("%n purchase(s) without a gross amount are not in the chart.", nullptr,
            int(m_spend.withoutAmount())));
    return notes.join(u' ');
}

QString MonthlySpendModel::header(int column) const
{
    // In the order of Column.
    static const char* const headers[ColumnCount] = {
        QT_TR_NOOP("Month"),
        QT_TR_NOOP("Currency"),
        QT_TR_NOOP("Spend"),
        QT_TR_NOOP("Purchases"),
    };
    return column >= 0 && column < ColumnCount ? tr(headers[column]) : QString();
}

QVariant MonthlySpendModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size()
        || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows.at(index.row());
    const MonthlySpend::Month spent = m_spend.spend(row.currency, row.month);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Month:
            return MonthlySpend::monthName(row.month, displayFormat().locale());
        case Currency:
            return currencyName(row.currency);
        case Spend:
            return displayFormat().money(spent.gross, row.currency);
        case Purchases:
            return displayFormat().locale().toString(spent.count);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return DisplayFormat::toolTip(summary(row.currency, row.month)); // the currency as sent
    case Qt::TextAlignmentRole:
        return index.column() == Spend || index.column() == Purchases
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case MonthRole:
        return row.month;
    case CurrencyRole:
        return row.currency;
    default:
        return {};
    }
}

} // namespace ff
