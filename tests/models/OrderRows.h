// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/PurchaseOrderModel.h"

#include <QAbstractItemModel>
#include <QList>

// What the orders suites read back from the orders tree, the model's or the proxy's.
namespace ff::test {

// The ids of the top-level rows, in order.
inline QList<qint64> orderIds(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PurchaseOrderModel::OrderIdRole).toLongLong());
    return ids;
}

inline QList<qint64> itemIds(const QAbstractItemModel& model, const QModelIndex& order)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(order); ++row)
        ids.append(model.index(row, 0, order).data(PurchaseOrderModel::ItemIdRole).toLongLong());
    return ids;
}

// What a row shows in a column.
inline QString text(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace ff::test
