// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSuite.h"

#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::test;

// How the orders view sorts: typed values (instants, exact money, collated text), ties by id,
// keys prepared on workers and texts that arrive later.
class TestOrderSort : public OrderSuite
{
    Q_OBJECT

private slots:
    void datesSortAsInstantsAcrossOffsets()
    {
        // 08:00 at +01:00 is 07:00 UTC: earlier than 07:30Z, though its text is later.
        PurchaseOrder undated = purchaseOrder(4, {});
        undated.createDate.reset();
        m_fixture->load(
            { purchaseOrder(1, {}, "2025-09-04T07:30:00Z"), purchaseOrder(2, {}, "2025-09-04T08:00:00+01:00"),
                purchaseOrder(3, {}, "2025-09-04T06:59:59-00:00"), undated });

        m_proxy->sort(Model::Created, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 4, 3, 2, 1 })); // absent first
        m_proxy->sort(Model::Created, Qt::DescendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2, 3, 4 }));
    }

    void moneySortsAsExactValues()
    {
        m_fixture->load({ purchaseOrder(1,
            { orderItem(11, QStringLiteral("a"), "100"), orderItem(12, QStringLiteral("b"), "9.99"),
                orderItem(13, QStringLiteral("c"), "10.00"), orderItem(14, QStringLiteral("d"), ""),
                orderItem(15, QStringLiteral("e"), "10.0") }) });
        m_proxy->sort(Model::UnitPrice, Qt::AscendingOrder);
        const QModelIndex order = m_proxy->index(0, 0);
        // Text would give "10.00" < "100" < "9.99"; a double could not hold such values exactly.
        QCOMPARE(itemIds(*m_proxy, order), (QList<qint64> { 14, 12, 13, 15, 11 }));
    }

    void textSortsByTheLocale()
    {
        m_fixture->load({ purchaseOrder(1,
            { orderItem(11, QStringLiteral("Episode 10")), orderItem(12, QStringLiteral("episode 2")),
                orderItem(13, QStringLiteral("Episode 1")) }) });
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)), (QList<qint64> { 13, 12, 11 }));
    }

    void tiesFallBackToIdsInEitherDirection()
    {
        // Items of one order share its date; the API sends them in any order. Equal keys are
        // ordered by id, ascending whichever way the column sorts, then as the source has them.
        PurchaseOrder first = purchaseOrder(20,
            { orderItem(503, QStringLiteral("c")), orderItem(501, QStringLiteral("a")),
                orderItem(502, QStringLiteral("b")) });
        for (PurchaseOrderItem& item : *first.purchaseOrderItemDtos)
            item.createdDate = first.createDate;
        m_fixture->load({ first, purchaseOrder(10, { orderItem(401, QStringLiteral("UP")) }),
            purchaseOrder(30, { orderItem(601, QStringLiteral("Up")) }) });
        for (const Qt::SortOrder direction : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            m_proxy->sort(Model::Created, direction);
            QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 10, 20, 30 }));
            const QModelIndex shown = m_proxy->mapFromSource(m_model->indexOfOrder(20));
            QCOMPARE(itemIds(*m_proxy, shown), (QList<qint64> { 501, 502, 503 }));
            // A column orders do not show: every order ties.
            m_proxy->sort(Model::RentalTime, direction);
            QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 10, 20, 30 }));
        }
        // "UP" and "Up" collate equal (case is ignored): by order id; "3 items" first.
        m_proxy->sort(Model::Title, Qt::DescendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 10, 30, 20 }));
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 20, 10, 30 }));
    }

    void moneySortsExactlyWithoutArithmeticPerComparison()
    {
        // Negative amounts, scales from 0 to 28 and an exponent: ordered by value, as
        // Decimal compares them; equal values (2.5, 2.50) tie and fall back to the item id.
        const char* prices[] = { "-1.5", "2.50", "-1.2", "0.0000000000000000000000000001", "1E-2", "", "0",
            "2.5", "79228162514264337593543950335", "-79228162514264337593543950335" };
        QList<PurchaseOrderItem> items;
        for (int i = 0; i < int(std::size(prices)); ++i)
            items.append(orderItem(700 + i, QStringLiteral("t"), prices[i]));
        m_fixture->load({ purchaseOrder(1, items) });
        m_proxy->sort(Model::UnitPrice, Qt::AscendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)),
            (QList<qint64> { 705, 709, 700, 702, 706, 703, 704, 701, 707, 708 }));
        m_proxy->sort(Model::UnitPrice, Qt::DescendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)),
            (QList<qint64> { 708, 701, 707, 704, 703, 706, 702, 700, 709, 705 }));
    }

    void textAddedLaterSortsInItsPlace()
    {
        // Keys made when loading; texts that arrive later (orders replaced) take their place
        // among them, a text that collates equal to one known ("alpha", "Alpha") beside it.
        m_fixture->load({ purchaseOrder(1, { orderItem(11, QStringLiteral("Bravo")) }),
            purchaseOrder(2, { orderItem(21, QStringLiteral("Delta")) }),
            purchaseOrder(3, { orderItem(31, QStringLiteral("Yankee")) }),
            purchaseOrder(4, { orderItem(41, QStringLiteral("Zulu")) }) });
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2, 3, 4 }));
        QVERIFY(m_model->replaceOrder(purchaseOrder(2, { orderItem(21, QStringLiteral("Alpha")) })));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 2, 1, 3, 4 }));
        QVERIFY(m_model->replaceOrder(purchaseOrder(3, { orderItem(31, QStringLiteral("Charlie")) })));
        QVERIFY(m_model->replaceOrder(purchaseOrder(4, { orderItem(41, QStringLiteral("alpha")) })));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 2, 4, 1, 3 }));
        m_proxy->sort(Model::Title, Qt::DescendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 3, 1, 2, 4 }));
        // An order's items renamed to texts never seen: sorted among themselves by them.
        QVERIFY(m_model->replaceOrder(purchaseOrder(1,
            { orderItem(11, QStringLiteral("Zulu")), orderItem(12, QStringLiteral("Echo")),
                orderItem(13, QStringLiteral("Kilo")) })));
        QCOMPARE(itemIds(*m_proxy, m_proxy->mapFromSource(m_model->indexOfOrder(1))),
            (QList<qint64> { 11, 13, 12 }));
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->mapFromSource(m_model->indexOfOrder(1))),
            (QList<qint64> { 12, 13, 11 }));
    }

    void rowsPreparedOnAWorkerKeepEverySortKey()
    {
        // What loadOrders does: prepared off the GUI thread, handed over in batches.
        QList<PurchaseOrder> orders;
        // Enough orders for many batches; more only slows the testers, which check every batch.
        for (int i = 0; i < 2000; ++i) {
            orders.append(purchaseOrder(100 + i,
                { orderItem(10'000 + 2 * i, QStringLiteral("Episode %1").arg(i % 97), i % 3 ? "1.99" : "10"),
                    orderItem(10'001 + 2 * i, QStringLiteral("Episode %1").arg(i % 89)) }));
        }
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QSignalSpy loaded(m_model, &PurchaseOrderModel::ordersLoaded);
        m_model->loadOrders(orders);
        QVERIFY(
            loaded.wait(120'000)); // a deadline, not a timing: a sanitizer build on a busy machine is slow
        QCOMPARE(m_model->orderCount(), 2000);
        // Every order has two items: "2 items" for all, so by order id.
        QCOMPARE(orderIds(*m_proxy).first(3), (QList<qint64> { 100, 101, 102 }));
        const QModelIndex first = m_proxy->index(0, 0);
        QCOMPARE(itemIds(*m_proxy, first), (QList<qint64> { 10'000, 10'001 }));
        m_proxy->sort(Model::UnitPrice, Qt::DescendingOrder);
        QCOMPARE(
            m_proxy->index(0, 0).data(Model::OrderIdRole).toLongLong(), 100); // 10 + 3.99, the first of them
        // The collation the worker's keys were made with: "Episode 2" before "Episode 10".
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->mapFromSource(m_model->indexOfOrder(199))),
            (QList<qint64> { 10'198, 10'199 }));
        m_proxy->sort(Model::Title, Qt::DescendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->mapFromSource(m_model->indexOfOrder(199))),
            (QList<qint64> { 10'199, 10'198 }));
    }
};

QTEST_MAIN(TestOrderSort)
#include "tst_ordersort.moc"
