// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FormattedTableModel.h"

namespace ff {

FormattedTableModel::FormattedTableModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{ }

void FormattedTableModel::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    if (rows() > 0)
        emit dataChanged(
            index(0, 0), index(rows() - 1, m_columnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
    emit displayFormatChanged();
}

int FormattedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int FormattedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant FormattedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnCount)
        return {};
    return header(section);
}

} // namespace ff
