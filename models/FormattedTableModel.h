// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DisplayFormat.h"

#include <QAbstractTableModel>

namespace ff {

// What a flat table of the agent's data shares, whatever its rows: a fixed set of columns with a
// header each, and the display format (the agent's locale and zone) its texts are written in,
// which changes every shown cell but no row. Subclasses say how many rows they hold and what
// each header and cell reads.
class FormattedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    FormattedTableModel(int columnCount, QObject* parent);

    // Rewrites every shown text and tells filters by dates in the agent's zone to look again.
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

signals:
    void displayFormatChanged();

protected:
    virtual int rows() const = 0;
    virtual QString header(int column) const = 0;

private:
    const int m_columnCount;
    DisplayFormat m_format;
};

} // namespace ff
