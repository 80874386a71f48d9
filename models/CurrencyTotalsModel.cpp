// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CurrencyTotalsModel.h"

namespace ff {

CurrencyTotalsModel::CurrencyTotalsModel(QObject* parent)
    : FormattedTableModel(ColumnCount, parent)
{ }

void CurrencyTotalsModel::setTotals(QList<CurrencyTotal> totals)
{
    beginResetModel();
    m_totals = std::move(totals);
    endResetModel();
}

QString CurrencyTotalsModel::header(int column) const
{
    // In the order of Column.
    static const char* const headers[ColumnCount] = {
        QT_TR_NOOP("Currency"),
        QT_TR_NOOP("Purchases"),
        QT_TR_NOOP("Net"),
        QT_TR_NOOP("Tax"),
        QT_TR_NOOP("Gross"),
        QT_TR_NOOP("Note"),
    };
    return column >= 0 && column < ColumnCount ? tr(headers[column]) : QString();
}

QVariant CurrencyTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_totals.size()
        || index.column() >= ColumnCount)
        return {};
    const CurrencyTotal& total = m_totals.at(index.row());
    const bool amount = index.column() == Net || index.column() == Tax || index.column() == Gross;
    switch (role) {
    case Qt::DisplayRole:
        return display(total, index.column());
    case Qt::ToolTipRole:
        return DisplayFormat::toolTipOf(toolTip(total, index.column())); // the currency as sent
    case Qt::TextAlignmentRole:
        return amount || index.column() == Purchases ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                     : QVariant();
    case SortRole:
        return sortValue(total, index.column());
    case TotalRole:
        return QVariant::fromValue(total);
    default:
        return {};
    }
}

QVariant CurrencyTotalsModel::toolTip(const CurrencyTotal& total, int column) const
{
    if (column == Net || column == Tax || column == Gross) {
        const Decimal& value = column == Net ? total.netTotal : column == Tax ? total.tax : total.grossTotal;
        const QString exact
            = total.currency.isEmpty() ? value.toString() : value.toString() + u' ' + total.currency;
        return total.incomplete ? tr("%1 (incomplete)").arg(exact) : exact;
    }
    return column == Note && total.incomplete ? display(total, Note) : QVariant();
}

QString CurrencyTotalsModel::display(const CurrencyTotal& total, int column) const
{
    switch (column) {
    case Currency:
        return total.currency.isEmpty() ? tr("(none)") : total.currency;
    case Purchases:
        return displayFormat().locale().toString(total.count);
    case Net:
        return displayFormat().money(total.netTotal, total.currency);
    case Tax:
        return displayFormat().money(total.tax, total.currency);
    case Gross:
        return displayFormat().money(total.grossTotal, total.currency);
    case Note:
        return total.incomplete ? tr("Incomplete: some purchases have no amount, or the sum is too large")
                                : QString();
    default:
        return {};
    }
}

QVariant CurrencyTotalsModel::sortValue(const CurrencyTotal& total, int column) const
{
    switch (column) {
    case Currency:
        return total.currency;
    case Purchases:
        return QVariant(qint64(total.count));
    case Net:
        return QVariant::fromValue(total.netTotal);
    case Tax:
        return QVariant::fromValue(total.tax);
    case Gross:
        return QVariant::fromValue(total.grossTotal);
    case Note:
        return total.incomplete;
    default:
        return {};
    }
}

} // namespace ff
