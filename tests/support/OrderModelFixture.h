// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DisplayFormat.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/ModelFixture.h"

#include <QList>
#include <QString>

namespace ff::test {

// The orders tree as the customer tab holds it (a PurchaseOrderModel under an
// OrderFilterProxyModel, both watched by testers), loaded the way the window loads it: rows
// prepared (PreparedOrders) and handed over in batches, the event loop turning until the last
// is in.
class OrderModelFixture final : public ModelFixture<PurchaseOrderModel, OrderFilterProxyModel>
{
public:
    // The format and currency the expected texts of a suite are written for, and orders loaded
    // before the testers watch: a load is checked batch by batch, the whole tree each time,
    // which for 100 000 items takes minutes.
    OrderModelFixture(const DisplayFormat& format, const QString& currency, QList<PurchaseOrder> loaded = {});

    // Replaces what the model holds with these orders; fails the running test if the batches do
    // not all arrive.
    void load(QList<PurchaseOrder> orders);
    // The orders of a response in tests/fixtures (orders.sample.json...), read by the api
    // library's JSON reader.
    void loadFixture(const QString& name);

private:
    static void load(PurchaseOrderModel& model, QList<PurchaseOrder> orders);
};

} // namespace ff::test
