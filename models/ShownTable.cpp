// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ShownTable.h"

#include <QAbstractItemModel>
#include <QSet>
#include <algorithm>
#include <map>
#include <utility>

namespace ff {

ShownTable::ShownTable(const QAbstractItemModel* model, QList<Column> columns, QString parentHeader)
    : m_model(model)
    , m_columns(std::move(columns))
    , m_parentHeader(std::move(parentHeader))
{ }

ShownTable::Text ShownTable::all() const
{
    Text text = header();
    appendRows(0, topLevelRowCount(), text.rows);
    return text;
}

ShownTable::Text ShownTable::header() const
{
    Text text;
    if (!m_parentHeader.isEmpty())
        text.header.append(m_parentHeader);
    for (const Column& column : m_columns)
        text.header.append(column.header);
    return text;
}

int ShownTable::topLevelRowCount() const
{
    return m_model->rowCount();
}

int ShownTable::appendRows(int first, int count, QList<QStringList>& rows) const
{
    const int last = qMin(first + count, topLevelRowCount());
    appendRows(QModelIndex(), first, last, nullptr, QString(), rows);
    return last;
}

void ShownTable::appendRows(const QModelIndex& parent, int first, int last, const QStringList* inherited,
    const QString& leading, QList<QStringList>& rows) const
{
    const bool leaves = !m_parentHeader.isEmpty();
    for (int row = first; row < last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        const int children = m_model->flags(index) & Qt::ItemNeverHasChildren ? 0 : m_model->rowCount(index);
        QStringList text = rowText(index, inherited);
        // The top-level row a leaf belongs to, named as its first model column reads.
        const QString belongsTo = parent.isValid() ? leading : cellText(index);
        if (!leaves) {
            rows.append(std::move(text));
            appendRows(index, 0, children, nullptr, QString(), rows);
        } else if (children > 0) {
            appendRows(index, 0, children, &text, belongsTo, rows);
        } else {
            text.prepend(belongsTo);
            rows.append(std::move(text));
        }
    }
}

QStringList ShownTable::rowText(const QModelIndex& row, const QStringList* inherited) const
{
    QStringList text;
    text.reserve(m_columns.size() + 1);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        QString cell = cellText(row.siblingAtColumn(m_columns[i].logical));
        if (cell.isEmpty() && inherited)
            cell = inherited->at(i);
        text.append(std::move(cell));
    }
    return text;
}

QString ShownTable::cellText(const QModelIndex& index) const
{
    return m_model->data(index, Qt::DisplayRole).toString();
}

ShownTable::Text ShownTable::selection(const QModelIndexList& cells) const
{
    // The path of each selected row from the top (its row, and its parents' rows), which orders
    // the rows as the view shows them; the selected columns of each.
    std::map<QList<int>, std::pair<QModelIndex, QSet<int>>> rows;
    QSet<int> selectedColumns;
    for (const QModelIndex& cell : cells) {
        if (!cell.isValid() || cell.model() != m_model)
            continue;
        QList<int> path;
        for (QModelIndex at = cell; at.isValid(); at = at.parent())
            path.prepend(at.row());
        auto& row = rows[path];
        row.first = cell.siblingAtColumn(0);
        row.second.insert(cell.column());
        selectedColumns.insert(cell.column());
    }
    Text text;
    for (const auto& [path, row] : rows) {
        QStringList line;
        for (const Column& column : m_columns) {
            if (!selectedColumns.contains(column.logical))
                continue;
            line.append(row.second.contains(column.logical)
                    ? cellText(row.first.siblingAtColumn(column.logical))
                    : QString());
        }
        text.rows.append(std::move(line));
    }
    return text;
}

} // namespace ff
