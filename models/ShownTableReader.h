// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ShownTable.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <climits>
#include <functional>
#include <optional>

class QAbstractItemModel;

namespace ff {

// Reads what a view shows (ShownTable) on the GUI thread a slice at a time, each turn of the
// event loop a few milliseconds, so that exporting 100 000 items (~0.75 s of reading) never
// stops the window for long. When the rows change under it (a sort, a filter, a load: a reset,
// a layout change, rows inserted or removed), it starts over with what is shown then, so that
// the text is one consistent view of the table; a cell that changes its text alone (a refund
// column ticking) is read as it is when its row is reached.
class ShownTableReader final : public QObject
{
    Q_OBJECT

public:
    // shown says what to read (the columns as shown now); asked at the start and at each restart.
    ShownTableReader(QAbstractItemModel* model, std::function<ShownTable()> shown, QObject* parent = nullptr);

    // Reads the first slice now, the rest from the event loop; finished() at the end (at once
    // for a small table).
    void start();
    bool isReading() const { return m_table.has_value(); }
    // At most this many top-level rows a turn, whatever the clock says (tests make it small).
    void setRowsPerTurn(int rows) { m_rowsPerTurn = rows; }

signals:
    void finished(const ff::ShownTable::Text& text);

private:
    void restart();
    void readSlice();

    QPointer<QAbstractItemModel> m_model;
    std::function<ShownTable()> m_shown;
    std::optional<ShownTable> m_table;
    ShownTable::Text m_text;
    int m_next = 0;
    int m_rowsPerTurn = INT_MAX;
    QTimer m_turns;
};

} // namespace ff
