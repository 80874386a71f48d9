// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ShownTable.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;
class QAction;
class QHeaderView;

namespace ff::ui {

class MessageBar;

// "Export what is shown" for one table or tree: Export as CSV… (Ctrl+Shift+E, and in the view's
// context menu) writes the rows the view's model shows (filtered and sorted as on screen; a
// tree's every row, expanded or not) in the columns the header shows, in their on-screen order,
// with the text shown (ShownTable, ShownTableWriter); Copy (Ctrl+C, QKeySequence::Copy) puts the
// selected cells on the clipboard as tab-separated text, for a spreadsheet to paste as cells.
// Both with the formula guard.
//
// The file is chosen in a save dialog that starts in the last folder an export went to
// (remembered in the settings) with a name such as "zoë smith-orders-2026-12-06.csv", and is
// written readable by the agent only through a temporary file and a rename (PrivateFile). With
// 100 000 items, reading the view's model took ~0.75 s of the GUI thread and making and writing
// the CSV ~0.2 s more (measured in tst_loadlatency's window, on a busy two-core machine): the
// model is read a slice of a few milliseconds per turn of the event loop (ShownTableReader), the
// CSV made and written on a worker. A failure is shown in the message bar given (or a
// message box) and changes nothing in the view.
class TableExport final : public QObject
{
    Q_OBJECT

public:
    // Attaches to the view (and is its child). Messages go to the bar, or with none to a message
    // box; fileStem names the default file, before the date ("zoë smith-orders").
    static TableExport* attach(
        QAbstractItemView* view, MessageBar* messages, std::function<QString()> fileStem);

    // A tree written one row per leaf, its top-level row named in a first column with this
    // header (see ShownTable): the orders tree's item rows repeat their order's columns.
    void setParentHeader(const QString& header) { m_parentHeader = header; }

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    // What the view shows now, as an export reads it.
    ShownTable shown() const;
    // The name the save dialog offers, without its folder.
    QString defaultFileName() const;

    // Writes what is shown to path (what the dialog's choice starts): the rows are read in
    // slices from the event loop, the file written on a worker; exported() says how it went.
    void exportTo(const QString& path);
    void copySelection() const;
    // Opens the save dialog (what the action does).
    void chooseFile();

signals:
    // The export to path is done: error empty when the file was written.
    void exported(const QString& path, const QString& error);

private:
    TableExport(QAbstractItemView* view, MessageBar* messages, std::function<QString()> fileStem);
    QHeaderView* header() const;
    void report(const QString& path, int rows, const QString& error);

    QAbstractItemView* m_view;
    std::function<QString()> m_fileStem;
    QPointer<MessageBar> m_messages;
    QString m_parentHeader;
    QAction* m_export;
    QAction* m_copy;
};

} // namespace ff::ui
