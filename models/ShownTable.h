// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace ff {

// What a view shows, as the text it shows it with (DisplayRole): the rows of its model (the
// proxy, so filtered and sorted as on screen) and the columns it shows, in their on-screen
// order, each with its header. What "export what is shown" and Ctrl+C write (ShownTableWriter);
// the view (ui/widgets/TableExport) says which columns it shows, this class reads no widget.
//
// A tree is written in one of two ways:
// - Every row (no parent header): depth first, each row as it is, parents before their children
//   (a parent entitlement and its children are rows of the same kind).
// - Leaves (a parent header, the orders tree): one row per leaf, so that every row stands alone
//   in a spreadsheet: an item's row is its own cells, and where an item's cell is blank (offer
//   type, status, payment provider: what only the order row shows) its order's cell; a first
//   column, under the parent header, names the top-level row (the order) it belongs to. A
//   top-level row without children (an order with no items) is a row of its own. Every row the
//   filter passes is written, expanded on screen or not.
class ShownTable final
{
public:
    struct Column
    {
        int logical; // the model's column
        QString header;
    };
    struct Text
    {
        QStringList header;
        QList<QStringList> rows;
    };

    // The columns as shown, left to right. The model must outlive this.
    ShownTable(const QAbstractItemModel* model, QList<Column> columns, QString parentHeader = QString());

    // Every row the model shows, with the header.
    Text all() const;
    // The same in parts (ShownTableReader): the header alone, then the rows of the top-level
    // rows [first, first + count) appended; the next top-level row to read is returned.
    Text header() const;
    int topLevelRowCount() const;
    int appendRows(int first, int count, QList<QStringList>& rows) const;
    // The selected cells, row by row in the view's order, each row the selected columns of the
    // shown ones (a cell of such a column not selected in that row stays empty); no header. The
    // cells as they read on screen: a selected item row is not filled from its order.
    Text selection(const QModelIndexList& cells) const;

private:
    void appendRows(const QModelIndex& parent, int first, int last, const QStringList* inherited,
        const QString& leading, QList<QStringList>& rows) const;
    QStringList rowText(const QModelIndex& row, const QStringList* inherited) const;
    QString cellText(const QModelIndex& index) const;

    const QAbstractItemModel* m_model;
    QList<Column> m_columns;
    QString m_parentHeader;
};

} // namespace ff
