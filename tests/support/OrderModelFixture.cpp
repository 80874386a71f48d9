// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/OrderModelFixture.h"

#include "api/codec/JsonReader.h"
#include "tests/support/Fixtures.h"

#include <QTest>

namespace ff::test {

OrderModelFixture::OrderModelFixture(
    const DisplayFormat& format, const QString& currency, QList<PurchaseOrder> loaded)
    : ModelFixture([&](PurchaseOrderModel& model) {
        model.setDisplayFormat(format);
        model.setCurrency(currency);
        if (!loaded.isEmpty())
            load(model, std::move(loaded));
    })
{ }

void OrderModelFixture::load(QList<PurchaseOrder> orders)
{
    load(model(), std::move(orders));
}

void OrderModelFixture::load(PurchaseOrderModel& model, QList<PurchaseOrder> orders)
{
    model.setPreparedOrders(PreparedOrders::prepare(std::move(orders), model.displayFormat().locale()));
    // The first batches arrive at once, the others from the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60'000);
}

void OrderModelFixture::loadFixture(const QString& name)
{
    auto orders = readJson<QList<PurchaseOrder>>(fixture(name));
    if (!orders) {
        QTest::qFail(qPrintable(orders.error().toString()), __FILE__, __LINE__);
        return;
    }
    load(std::move(orders).value());
}

} // namespace ff::test
