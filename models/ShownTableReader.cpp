// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ShownTableReader.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <utility>

namespace ff {

namespace {

// A slice's share of a turn of the event loop, and how many top-level rows are read between
// looks at the clock (an order with its items: ~17 cells each).
constexpr qint64 SliceMs = 8;
constexpr int RowsPerStep = 64;

} // namespace

ShownTableReader::ShownTableReader(
    QAbstractItemModel* model, std::function<ShownTable()> shown, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_shown(std::move(shown))
{
    m_turns.setInterval(0);
    connect(&m_turns, &QTimer::timeout, this, &ShownTableReader::readSlice);
    const auto changed = [this] {
        if (isReading())
            restart();
    };
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::columnsInserted, this, changed);
    connect(model, &QAbstractItemModel::columnsRemoved, this, changed);
}

void ShownTableReader::start()
{
    restart();
    readSlice();
}

void ShownTableReader::restart()
{
    m_table.emplace(m_shown());
    m_text = m_table->header();
    m_next = 0;
}

void ShownTableReader::readSlice()
{
    if (!m_table || !m_model) {
        m_turns.stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    int readThisTurn = 0;
    while (
        m_next < m_table->topLevelRowCount() && readThisTurn < m_rowsPerTurn && clock.elapsed() < SliceMs) {
        const int step = qMin(RowsPerStep, m_rowsPerTurn - readThisTurn);
        m_next = m_table->appendRows(m_next, step, m_text.rows);
        readThisTurn += step;
    }
    if (m_next < m_table->topLevelRowCount()) {
        m_turns.start();
        return;
    }
    m_turns.stop();
    m_table.reset();
    emit finished(std::exchange(m_text, {}));
}

} // namespace ff
