// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/OrderModelFixture.h"

#include <QAbstractItemModel>
#include <QList>
#include <QObject>
#include <memory>

// What the orders suites share: a fresh orders tree per test function, and what they read back
// from it, the model's rows or the proxy's.
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

// The base of an orders suite: the model and its proxy under their testers, made anew for each
// test function (QTest calls a base class's init() and cleanup() too), for an agent in London
// pricing in pounds, as the expected texts are written.
class OrderSuite : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<OrderModelFixture>(londonFormat(), QStringLiteral("GBP"));
        m_model = &m_fixture->model();
        m_proxy = &m_fixture->proxy();
    }
    void cleanup() { m_fixture.reset(); }

protected:
    using Model = PurchaseOrderModel;

    std::unique_ptr<OrderModelFixture> m_fixture;
    PurchaseOrderModel* m_model = nullptr;
    OrderFilterProxyModel* m_proxy = nullptr;
};

} // namespace ff::test
