// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSuite.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::test;

// Which orders the orders view shows: OrderFilter on its own, without a model or a view, and
// through OrderFilterProxyModel, up to a customer with 100 000 items.
class TestOrderFilter : public OrderSuite
{
    Q_OBJECT

private slots:
    void aFilterDecidesOnPreparedOrdersAlone()
    {
        // No model, no view: the orders as loading prepares them.
        PurchaseOrderItem ownPayment = orderItem(5002, QStringLiteral("Up"));
        ownPayment.paymentProviderTransactionId = QStringLiteral("ch_OWN");
        const PreparedOrders orders = PreparedOrders::prepare(
            { purchaseOrder(
                  1001, { orderItem(5001, QStringLiteral("Frozen")), ownPayment }, "2025-09-04T07:30:00Z"),
                purchaseOrder(1002, { orderItem(5003, QStringLiteral("Frozen II")) }, "2025-09-05T23:30:00Z",
                    QStringLiteral("REFUNDED")) });
        auto shown = [&](const OrderFilter& filter) {
            QList<qint64> ids;
            for (int row = 0; row < orders.orderCount(); ++row) {
                if (filter.matches(orders.order(row)))
                    ids.append(*orders.order(row).order.id);
            }
            return ids;
        };
        OrderFilter filter;
        filter.setTimeZone(QTimeZone("Europe/London"));
        QCOMPARE(shown(filter), (QList<qint64> { 1001, 1002 }));

        // Every word in one row: the title is one item's, the transaction another's.
        filter.setText(QStringLiteral("FROZEN ch_own"));
        QCOMPARE(shown(filter), QList<qint64> {});
        filter.setText(QStringLiteral("up ch_own"));
        QCOMPARE(shown(filter), QList<qint64> { 1001 });
        filter.setText(QStringLiteral("frozen 1002")); // an item is found by its order's number
        QCOMPARE(shown(filter), QList<qint64> { 1002 });
        filter.setText(QString());

        filter.setStatusCodes({ QStringLiteral(" refunded "), QStringLiteral("REFUNDED"), QString() });
        QCOMPARE(filter.statusCodes(), QStringList { QStringLiteral("refunded") });
        QCOMPARE(shown(filter), QList<qint64> { 1002 });
        filter.setStatusCodes({});

        // 23:30 UTC on the 5th is 00:30 on the 6th in London.
        filter.setCreatedRange(QDate(2025, 9, 6), QDate(2025, 9, 6));
        QCOMPARE(shown(filter), QList<qint64> { 1002 });
        filter.setTimeZone(QTimeZone::utc());
        QCOMPARE(shown(filter), QList<qint64> {});
        filter.setCreatedRange(QDate(), std::nullopt); // an invalid date: an open end
        QCOMPARE(filter.createdFrom(), std::nullopt);
        QCOMPARE(shown(filter), (QList<qint64> { 1001, 1002 }));
    }

    void aFilterKnowsWhenItShowsTheSameOrFewer()
    {
        OrderFilter typed;
        typed.setText(QStringLiteral("fro"));
        OrderFilter more = typed;
        more.setText(QStringLiteral("froz"));
        QVERIFY(more.narrows(typed));
        QVERIFY(!typed.narrows(more));
        // Another case or spacing: the same orders, the text kept as typed.
        OrderFilter respaced = typed;
        respaced.setText(QStringLiteral("  FRO "));
        QVERIFY(respaced == typed);
        QCOMPARE(respaced.text(), QStringLiteral("  FRO "));

        OrderFilter days = typed;
        days.setCreatedRange(QDate(2025, 9, 4), std::nullopt);
        QVERIFY(!(days == typed));
        days.setCreatedRange(std::nullopt, std::nullopt);
        QVERIFY(days == typed);
        days.setTimeZone(QTimeZone("Asia/Dubai")); // no days bounded: the zone changes nothing
        QVERIFY(days == typed);
    }

    void theProxyTakesOnlyAnOrdersModel()
    {
        QStandardItemModel other(2, 2);
        OrderFilterProxyModel proxy;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a PurchaseOrderModel")));
        proxy.setSourceModel(&other);
        QCOMPARE(proxy.sourceModel(), nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), 0);
    }

    void filterTextFindsAnOrderByAChildsTransactionId()
    {
        PurchaseOrderItem ownPayment = orderItem(5002, QStringLiteral("Up"));
        ownPayment.paymentProviderTransactionId = QStringLiteral("ch_3PzXyZ77");
        m_fixture->load({ purchaseOrder(1001,
                              { orderItem(5001, QStringLiteral("Frozen")), ownPayment,
                                  orderItem(5003, QStringLiteral("Cars")) }),
            purchaseOrder(1002, { orderItem(5004, QStringLiteral("Brave")) }) });
        QCOMPARE(text(m_model->indexOfItem(5002), Model::TransactionId), QStringLiteral("ch_3PzXyZ77"));

        m_proxy->setFilterText(QStringLiteral("CH_3pzxyz77"));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1001 });
        // The order shows with all its items, the matching one among them.
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)), (QList<qint64> { 5001, 5002, 5003 }));

        m_proxy->setFilterText(QStringLiteral("brave"));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1002 });
        m_proxy->setFilterText(QStringLiteral("tx-1002"));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1002 });
        m_proxy->setFilterText(QStringLiteral("nothing like it"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void filterWordsMustAllMatch()
    {
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Frozen")) }),
            purchaseOrder(1002, { orderItem(5002, QStringLiteral("Frozen II")) }) });
        m_proxy->setFilterText(QStringLiteral("frozen  1002"));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1002 });
        m_proxy->setFilterText(QStringLiteral("frozen"));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1001, 1002 }));
    }

    void typingMoreNarrowsAndDeletingWidens()
    {
        // Odd rows are Frozen, even rows Fargo; "frozen 4" finds Frozen 41, 43, 45, 47 and 49 (the
        // digit is in their ids).
        QList<PurchaseOrder> orders;
        for (int i = 0; i < 50; ++i) {
            const QString title
                = i % 2 ? QStringLiteral("Frozen %1").arg(i) : QStringLiteral("Fargo %1").arg(i);
            orders.append(purchaseOrder(1000 + i, { orderItem(5000 + i, title) }));
        }
        m_fixture->load(orders);
        QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);

        const QList<std::pair<QString, int>> steps { { QStringLiteral("f"), 50 },
            { QStringLiteral("fr"), 25 }, { QStringLiteral("fro"), 25 }, { QStringLiteral("froz"), 25 },
            { QStringLiteral("frozen 4"), 5 }, { QStringLiteral("fro"), 25 }, { QStringLiteral("fa"), 25 },
            { QString(), 50 } };
        for (const auto& [typed, shown] : steps) {
            m_proxy->setFilterText(typed);
            QCOMPARE(m_proxy->rowCount(), shown);
        }
        QCOMPARE(resets.count(), 0); // rows come and go; the view keeps its state
    }

    void filtersByStatusAndDaysInTheAgentsZone()
    {
        m_fixture->load({
            // 00:30 on the 4th in London, though the 3rd in UTC
            purchaseOrder(1, {}, "2025-09-03T23:30:00Z"),
            purchaseOrder(2, {}, "2025-09-04T22:59:59Z"), // 23:59:59 BST on the 4th
            purchaseOrder(3, {}, "2025-09-04T23:00:00Z", QStringLiteral("REFUNDED")), // the 5th
            purchaseOrder(4, {}, "2025-09-03T22:59:59Z"), // the 3rd
        });
        m_proxy->setCreatedRange(QDate(2025, 9, 4), QDate(2025, 9, 4));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2 }));
        m_proxy->setCreatedRange(QDate(2025, 9, 4), std::nullopt);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2, 3 }));
        m_proxy->setStatusCodes({ QStringLiteral("refunded") });
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 3 });
        m_proxy->setCreatedRange(std::nullopt, std::nullopt);
        m_proxy->setStatusCodes({ QStringLiteral("COMPLETED") });
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2, 4 }));
        m_proxy->setStatusCodes({});
        QCOMPARE(m_proxy->rowCount(), 4);

        // In UTC, the same day holds other orders.
        m_proxy->setCreatedRange(QDate(2025, 9, 4), QDate(2025, 9, 4));
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone::utc()));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 2, 3 }));
    }

    void statusAndDateFiltersHideMatchingItemsToo()
    {
        m_fixture->load({ purchaseOrder(1, { orderItem(11, QStringLiteral("Frozen")) },
                              "2025-09-04T07:00:00Z", QStringLiteral("REFUNDED")),
            purchaseOrder(2, { orderItem(12, QStringLiteral("Frozen")) }) });
        m_proxy->setFilterText(QStringLiteral("frozen"));
        m_proxy->setStatusCodes({ QStringLiteral("COMPLETED") });
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 2 });
    }

    void aHundredThousandItems()
    {
        // 20 000 orders of 5 items: a customer as large as any the console serves.
        constexpr int Orders = 20'000;
        constexpr int ItemsPerOrder = 5;
        const QStringList titles { QStringLiteral("Frozen"), QStringLiteral("Up"), QStringLiteral("Cars"),
            QStringLiteral("Brave"), QStringLiteral("Moana"), QStringLiteral("Coco"),
            QStringLiteral("Soul") };
        QList<PurchaseOrder> orders;
        orders.reserve(Orders);
        int expectedMoana = 0;
        for (int o = 0; o < Orders; ++o) {
            QList<PurchaseOrderItem> items;
            bool moana = false;
            for (int i = 0; i < ItemsPerOrder; ++i) {
                const int n = o * ItemsPerOrder + i;
                const QString& title = titles.at((n * 7 + o) % titles.size());
                moana |= title == QStringLiteral("Moana");
                PurchaseOrderItem item = orderItem(1'000'000 + n, title, "3.99");
                item.paymentProviderTransactionId = QStringLiteral("ch_%1").arg(n, 8, 16, QChar(u'0'));
                items.append(item);
            }
            expectedMoana += moana;
            orders.append(purchaseOrder(
                500'000 + o, items, o % 2 ? "2025-09-04T08:00:00+01:00" : "2025-09-04T07:30:00Z"));
        }

        QElapsedTimer timer;
        timer.start();
        // Loaded before the testers watch: they walk the whole tree at each batch of a load, which
        // for 100 000 items takes minutes. They check the tree once loaded, then every change.
        m_fixture = std::make_unique<OrderModelFixture>(londonFormat(), QStringLiteral("GBP"), orders);
        m_model = &m_fixture->model();
        m_proxy = &m_fixture->proxy();
        const qint64 setMs = timer.restart();
        QCOMPARE(m_model->itemCount(), Orders * ItemsPerOrder);

        m_proxy->setFilterText(QStringLiteral("ch_%1").arg(77'777, 8, 16, QChar(u'0')));
        const qint64 oneMs = timer.restart();
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 500'000 + 77'777 / ItemsPerOrder });
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), ItemsPerOrder);

        m_proxy->setFilterText(QStringLiteral("m"));
        m_proxy->setFilterText(QStringLiteral("mo"));
        m_proxy->setFilterText(QStringLiteral("moana"));
        const qint64 typedMs = timer.restart();
        QCOMPARE(m_proxy->rowCount(), expectedMoana);

        m_proxy->sort(Model::Created, Qt::AscendingOrder);
        const qint64 sortMs = timer.restart();
        QCOMPARE(m_proxy->index(0, 0).data(Model::CreatedRole).value<DateTimeOffset>(),
            instant("2025-09-04T08:00:00+01:00"));

        m_proxy->setFilterText(QString());
        const qint64 clearMs = timer.restart();
        QCOMPARE(m_proxy->rowCount(), Orders);

        qDebug("100 000 items (the model testers attached once loaded): set %lld ms, filter to one %lld ms, "
               "type three letters %lld ms, sort %lld ms, clear the filter %lld ms",
            setMs, oneMs, typedMs, sortMs, clearMs);
    }
};

QTEST_MAIN(TestOrderFilter)
#include "tst_orderfilter.moc"
