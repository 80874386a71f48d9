// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ff;
using ff::test::amount;
using ff::test::instant;
using ff::test::orderItem;
using ff::test::purchaseOrder;

namespace {

const QString Dash = QString(QChar(0x2014));
using Model = PurchaseOrderModel;

// The ids of the proxy's top-level rows, in order.
QList<qint64> orderIds(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(Model::OrderIdRole).toLongLong());
    return ids;
}

QList<qint64> itemIds(const QAbstractItemModel& model, const QModelIndex& order)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(order); ++row)
        ids.append(model.index(row, 0, order).data(Model::ItemIdRole).toLongLong());
    return ids;
}

QString text(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<PurchaseOrderModel>();
        m_model->setDisplayFormat(test::londonFormat());
        m_model->setCurrency(QStringLiteral("GBP"));
        m_proxy = std::make_unique<OrderFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        // Alive until cleanup(): every change in the test is checked, not only the first.
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void headersAreTranslatedNames()
    {
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->headerData(Model::OrderOrItem, Qt::Horizontal).toString(),
            QStringLiteral("Order / item"));
        QCOMPARE(m_model->headerData(Model::UnitPrice, Qt::Horizontal).toString(), QStringLiteral("Price"));
        QCOMPARE(m_model->headerData(Model::RefundTransactionId, Qt::Horizontal).toString(),
            QStringLiteral("Refund transaction id"));
        for (int column = 0; column < Model::ColumnCount; ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void showsOrdersWithTheirItems()
    {
        m_model->setOrders({ purchaseOrder(1001,
                                 { orderItem(5001, QStringLiteral("Frozen"), "3.99"),
                                     orderItem(5002, QStringLiteral("Up"), "9.99"),
                                     orderItem(5003, QStringLiteral("Cars"), "5.99") }),
            purchaseOrder(1002, { orderItem(5004, QStringLiteral("Brave"), "4.49") }) });
        QCOMPARE(m_model->orderCount(), 2);
        QCOMPARE(m_model->itemCount(), 4);
        QCOMPARE(m_model->rowCount(), 2);

        const QModelIndex order = m_model->indexOfOrder(1001);
        QCOMPARE(m_model->rowCount(order), 3);
        QCOMPARE(text(order, Model::OrderOrItem), QStringLiteral("Order 1001"));
        QCOMPARE(text(order, Model::Created), QStringLiteral("04/09/2025 08:11 BST"));
        QCOMPARE(text(order, Model::Status), QStringLiteral("Completed"));
        QCOMPARE(text(order, Model::OfferType), QStringLiteral("Rental"));
        QCOMPARE(text(order, Model::Title), QStringLiteral("3 items"));
        QCOMPARE(text(order, Model::UnitPrice), QStringLiteral("£19.97"));
        QCOMPARE(text(order, Model::PaymentProvider), QStringLiteral("Stripe"));
        QCOMPARE(text(order, Model::TransactionId), QStringLiteral("TX-1001"));
        QCOMPARE(text(order, Model::RefundTransactionId), Dash);
        QCOMPARE(text(order, Model::SupplierRef), QString()); // an item's column: not applicable

        const QModelIndex single = m_model->indexOfOrder(1002);
        QCOMPARE(text(single, Model::Title), QStringLiteral("Brave"));

        const QModelIndex item = m_model->indexOfItem(5002);
        QCOMPARE(item.parent(), order);
        QCOMPARE(item.row(), 1);
        QCOMPARE(text(item, Model::OrderOrItem), QStringLiteral("Item 5002"));
        QCOMPARE(text(item, Model::Title), QStringLiteral("Up"));
        QCOMPARE(text(item, Model::SupplierRef), QStringLiteral("SUP-5002"));
        QCOMPARE(text(item, Model::UnitPrice), QStringLiteral("£9.99"));
        QCOMPARE(text(item, Model::RentalTime), QStringLiteral("2"));
        QCOMPARE(text(item, Model::ViewTime), QStringLiteral("48"));
        QCOMPARE(text(item, Model::LicenceAcknowledged), QStringLiteral("Yes"));
        // An item without payment references of its own shows its order's.
        QCOMPARE(text(item, Model::PaymentProvider), QStringLiteral("Stripe"));
        QCOMPARE(text(item, Model::TransactionId), QStringLiteral("TX-1001"));
        // Tooltips carry the whole value, to copy.
        QCOMPARE(item.siblingAtColumn(Model::Created).data(Qt::ToolTipRole).toString(),
            QStringLiteral("2025-09-04T07:11:51.697108+00:00"));
        QCOMPARE(item.siblingAtColumn(Model::UnitPrice).data(Qt::ToolTipRole).toString(),
            QStringLiteral("9.99 GBP"));
        QCOMPARE(order.siblingAtColumn(Model::UnitPrice).data(Qt::ToolTipRole).toString(),
            QStringLiteral("19.97 GBP"));
    }

    void rolesGiveTypedValues()
    {
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Frozen")) }) });
        const QModelIndex order = m_model->indexOfOrder(1001);
        const QModelIndex item = m_model->indexOfItem(5001);

        QCOMPARE(order.data(Model::KindRole).value<Model::RowKind>(), Model::RowKind::Order);
        QCOMPARE(item.data(Model::KindRole).value<Model::RowKind>(), Model::RowKind::Item);
        QCOMPARE(order.data(Model::OrderRole).value<PurchaseOrder>().id, std::optional<qint64>(1001));
        QCOMPARE(item.data(Model::OrderRole).value<PurchaseOrder>().id, std::optional<qint64>(1001));
        QCOMPARE(item.data(Model::ItemRole).value<PurchaseOrderItem>().title,
            std::optional(QStringLiteral("Frozen")));
        QVERIFY(!order.data(Model::ItemRole).isValid());
        QCOMPARE(order.data(Model::OrderIdRole).toLongLong(), 1001);
        QCOMPARE(item.data(Model::OrderIdRole).toLongLong(), 1001);
        QCOMPARE(item.data(Model::ItemIdRole).toLongLong(), 5001);
        QVERIFY(!order.data(Model::ItemIdRole).isValid());
        QCOMPARE(order.data(Model::StatusCodeRole).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(order.data(Model::CreatedRole).value<DateTimeOffset>(),
            instant("2025-09-04T07:11:51.697108+00:00"));
        QCOMPARE(item.data(Model::FilterTextRole).toString(),
            item.data(Model::FilterTextRole).toString().toLower());
        QVERIFY(item.data(Model::FilterTextRole).toString().contains(QStringLiteral("frozen")));

        QCOMPARE(item.siblingAtColumn(Model::UnitPrice).data(Model::SortRole).metaType(),
            QMetaType::fromType<Decimal>());
        QCOMPARE(item.siblingAtColumn(Model::Created).data(Model::SortRole).metaType(),
            QMetaType::fromType<DateTimeOffset>());
        QCOMPARE(item.siblingAtColumn(Model::OrderOrItem).data(Model::SortRole).metaType(),
            QMetaType::fromType<qint64>());
        QCOMPARE(item.siblingAtColumn(Model::LicenceAcknowledged).data(Model::SortRole).metaType(),
            QMetaType::fromType<bool>());

        QCOMPARE(m_model->orderAt(order)->id, std::optional<qint64>(1001));
        QCOMPARE(m_model->orderAt(item)->id, std::optional<qint64>(1001));
        QCOMPARE(m_model->itemAt(item)->id, std::optional<qint64>(5001));
        QCOMPARE(m_model->itemAt(order), nullptr);
        QCOMPARE(m_model->orderAt(QModelIndex()), nullptr);
        QVERIFY(!m_model->indexOfOrder(999).isValid());
        QVERIFY(!m_model->indexOfItem(999).isValid());
        QCOMPARE(m_model->statuses().size(), 1);
        QCOMPARE(m_model->statuses().constFirst().code, std::optional(QStringLiteral("COMPLETED")));
    }

    void absentValuesShowAsADashNotZero()
    {
        PurchaseOrderItem bare;
        bare.id = 5001;
        PurchaseOrder order;
        order.id = 1001;
        order.purchaseOrderItemDtos
            = QList<PurchaseOrderItem> { bare, orderItem(5002, QStringLiteral("Up")) };
        PurchaseOrder noItems;
        noItems.id = 1002;
        m_model->setOrders({ order, noItems });

        const QModelIndex item = m_model->indexOfItem(5001);
        for (const int column : { int(Model::Created), int(Model::Title), int(Model::SupplierRef),
                 int(Model::UnitPrice), int(Model::RentalTime), int(Model::ViewTime), int(Model::FirstPlay),
                 int(Model::LicenceAcknowledged), int(Model::PaymentProvider), int(Model::TransactionId) })
            QCOMPARE(text(item, column), Dash);
        QVERIFY(!item.siblingAtColumn(Model::UnitPrice).data(Model::SortRole).isValid());
        QVERIFY(!item.siblingAtColumn(Model::UnitPrice).data(Qt::ToolTipRole).isValid());

        // One item without a price: the order has no total, rather than a wrong one.
        const QModelIndex withGap = m_model->indexOfOrder(1001);
        QCOMPARE(text(withGap, Model::UnitPrice), Dash);
        QCOMPARE(text(withGap, Model::Status), Dash);
        QCOMPARE(text(withGap, Model::Created), Dash);
        // Items not sent: unknown, which is not "no items".
        const QModelIndex unknown = m_model->indexOfOrder(1002);
        QCOMPARE(text(unknown, Model::Title), Dash);
        QCOMPARE(text(unknown, Model::UnitPrice), Dash);
        QCOMPARE(m_model->rowCount(unknown), 0);
    }

    void deletedItemsAndRefundedOrdersLookDifferent()
    {
        PurchaseOrderItem deleted = orderItem(5002, QStringLiteral("Up"));
        deleted.deleted = true;
        PurchaseOrder refunded = purchaseOrder(1002, { orderItem(5003, QStringLiteral("Cars")) },
            "2025-09-04T07:11:51Z", QStringLiteral("REFUNDED"));
        refunded.paymentProviderRefundTransId = QStringLiteral("RF-1");
        m_model->setOrders(
            { purchaseOrder(1001, { orderItem(5001, QStringLiteral("Frozen")), deleted }), refunded });

        const QModelIndex kept = m_model->indexOfItem(5001);
        const QModelIndex gone = m_model->indexOfItem(5002);
        QVERIFY(gone.data(Qt::ForegroundRole).isValid());
        QVERIFY(!kept.data(Qt::ForegroundRole).isValid());
        QVERIFY(gone.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!kept.data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(text(gone, Model::Status), QStringLiteral("Deleted"));

        const QModelIndex refundedRow = m_model->indexOfOrder(1002);
        QVERIFY(refundedRow.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!m_model->indexOfOrder(1001).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(text(refundedRow, Model::Status), QStringLiteral("Refunded"));
        QCOMPARE(text(refundedRow, Model::RefundTransactionId), QStringLiteral("RF-1"));
        QCOMPARE(text(m_model->indexOfItem(5003), Model::RefundTransactionId), QStringLiteral("RF-1"));
    }

    void datesSortAsInstantsAcrossOffsets()
    {
        // 08:00 at +01:00 is 07:00 UTC: earlier than 07:30Z, though its text is later.
        m_model->setOrders(
            { purchaseOrder(1, {}, "2025-09-04T07:30:00Z"), purchaseOrder(2, {}, "2025-09-04T08:00:00+01:00"),
                purchaseOrder(3, {}, "2025-09-04T06:59:59-00:00") });
        PurchaseOrder undated = purchaseOrder(4, {});
        undated.createDate.reset();
        m_model->appendOrders({ undated });

        m_proxy->sort(Model::Created, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 4, 3, 2, 1 })); // absent first
        m_proxy->sort(Model::Created, Qt::DescendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2, 3, 4 }));
    }

    void moneySortsAsExactValues()
    {
        m_model->setOrders({ purchaseOrder(1,
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
        m_model->setOrders({ purchaseOrder(1,
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
        m_model->setOrders({ first, purchaseOrder(10, { orderItem(401, QStringLiteral("UP")) }),
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
        m_model->setOrders({ purchaseOrder(1, items) });
        m_proxy->sort(Model::UnitPrice, Qt::AscendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)),
            (QList<qint64> { 705, 709, 700, 702, 706, 703, 704, 701, 707, 708 }));
        m_proxy->sort(Model::UnitPrice, Qt::DescendingOrder);
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)),
            (QList<qint64> { 708, 701, 707, 704, 703, 706, 702, 700, 709, 705 }));
    }

    void textAddedLaterSortsInItsPlace()
    {
        // Keys made when loading; texts that arrive later (an order replaced, orders appended)
        // take their place among them.
        m_model->setOrders({ purchaseOrder(1, { orderItem(11, QStringLiteral("Bravo")) }),
            purchaseOrder(2, { orderItem(21, QStringLiteral("Delta")) }) });
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 1, 2 }));
        QVERIFY(m_model->replaceOrder(purchaseOrder(2, { orderItem(21, QStringLiteral("Alpha")) })));
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 2, 1 }));
        m_model->appendOrders({ purchaseOrder(3, { orderItem(31, QStringLiteral("Charlie")) }),
            purchaseOrder(4, { orderItem(41, QStringLiteral("alpha")) }) });
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
        for (int i = 0; i < 5000; ++i) {
            orders.append(purchaseOrder(100 + i,
                { orderItem(10'000 + 2 * i, QStringLiteral("Episode %1").arg(i % 97), i % 3 ? "1.99" : "10"),
                    orderItem(10'001 + 2 * i, QStringLiteral("Episode %1").arg(i % 89)) }));
        }
        m_proxy->sort(Model::Title, Qt::AscendingOrder);
        QSignalSpy loaded(m_model.get(), &PurchaseOrderModel::ordersLoaded);
        m_model->loadOrders(orders);
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(m_model->orderCount(), 5000);
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

    void filterTextFindsAnOrderByAChildsTransactionId()
    {
        PurchaseOrderItem ownPayment = orderItem(5002, QStringLiteral("Up"));
        ownPayment.paymentProviderTransactionId = QStringLiteral("ch_3PzXyZ77");
        m_model->setOrders({ purchaseOrder(1001,
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
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Frozen")) }),
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
        m_model->setOrders(orders);
        QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);

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
        m_model->setOrders({
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
        m_model->setOrders({ purchaseOrder(1, { orderItem(11, QStringLiteral("Frozen")) },
                                 "2025-09-04T07:00:00Z", QStringLiteral("REFUNDED")),
            purchaseOrder(2, { orderItem(12, QStringLiteral("Frozen")) }) });
        m_proxy->setFilterText(QStringLiteral("frozen"));
        m_proxy->setStatusCodes({ QStringLiteral("COMPLETED") });
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 2 });
    }

    void appendsOrdersBatchByBatch()
    {
        m_proxy->setFilterText(QStringLiteral("frozen"));
        m_proxy->sort(Model::OrderOrItem, Qt::DescendingOrder);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        for (int batch = 0; batch < 4; ++batch) {
            QList<PurchaseOrder> orders;
            for (int i = 0; i < 10; ++i) {
                const int id = batch * 10 + i;
                orders.append(purchaseOrder(
                    id, { orderItem(1000 + id, id % 5 ? QStringLiteral("Up") : QStringLiteral("Frozen")) }));
            }
            m_model->appendOrders(orders);
        }
        QCOMPARE(inserted.count(), 4); // one insertion per batch
        QCOMPARE(m_model->orderCount(), 40);
        QCOMPARE(m_model->itemCount(), 40);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 35, 30, 25, 20, 15, 10, 5, 0 }));
        QCOMPARE(m_model->indexOfItem(1033).parent(), m_model->indexOfOrder(33));
        m_model->appendOrders({});
        QCOMPARE(inserted.count(), 4);
    }

    void replacedOrderKeepsUnchangedItemsInPlace()
    {
        m_model->setOrders({ purchaseOrder(1000, { orderItem(4001, QStringLiteral("Other")) }),
            purchaseOrder(1001,
                { orderItem(5001, QStringLiteral("Alpha")), orderItem(5002, QStringLiteral("Bravo")),
                    orderItem(5003, QStringLiteral("Charlie")) }) });
        m_proxy->sort(Model::OrderOrItem, Qt::AscendingOrder);

        // What the agent has selected in the view: the item that will not change.
        QItemSelectionModel selection(m_proxy.get());
        const QModelIndex shownCharlie = m_proxy->mapFromSource(m_model->indexOfItem(5003));
        QVERIFY(shownCharlie.isValid());
        selection.setCurrentIndex(
            shownCharlie, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex sourceCharlie(m_model->indexOfItem(5003));
        const QPersistentModelIndex proxyCharlie(shownCharlie);
        const QPersistentModelIndex sourceOrder(m_model->indexOfOrder(1001));

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        PurchaseOrder updated = purchaseOrder(1001,
            { orderItem(5001, QStringLiteral("Alpha (HD)")), orderItem(5003, QStringLiteral("Charlie")),
                orderItem(5004, QStringLiteral("Delta"), "1.50") });
        QVERIFY(m_model->replaceOrder(updated));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1); // Bravo
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>(), QModelIndex(sourceOrder));
        QCOMPARE(removed.constFirst().at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 1); // Delta
        QCOMPARE(inserted.constFirst().at(1).toInt(), 2);
        bool alphaChanged = false;
        bool orderChanged = false;
        for (const QList<QVariant>& signal : changed) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            alphaChanged |= topLeft.parent() == sourceOrder && topLeft.row() == 0;
            orderChanged |= topLeft == sourceOrder;
            QVERIFY2(!(topLeft.parent() == sourceOrder && topLeft.row() == 1), "Charlie did not change");
        }
        QVERIFY(alphaChanged);
        QVERIFY(orderChanged);

        QVERIFY(sourceCharlie.isValid());
        QCOMPARE(sourceCharlie.row(), 1);
        QCOMPARE(m_model->itemAt(sourceCharlie)->id, std::optional<qint64>(5003));
        QVERIFY(proxyCharlie.isValid());
        QCOMPARE(proxyCharlie.data(Model::ItemIdRole).toLongLong(), 5003);
        QCOMPARE(selection.currentIndex().data(Model::ItemIdRole).toLongLong(), 5003);
        QVERIFY(selection.isRowSelected(proxyCharlie.row(), proxyCharlie.parent()));

        QCOMPARE(m_model->itemCount(), 4);
        QVERIFY(!m_model->indexOfItem(5002).isValid());
        QCOMPARE(m_model->indexOfItem(5003), QModelIndex(sourceCharlie));
        QCOMPARE(m_model->indexOfItem(5004).row(), 2);
        QCOMPARE(text(m_model->indexOfItem(5001), Model::Title), QStringLiteral("Alpha (HD)"));
        QCOMPARE(text(m_model->indexOfOrder(1001), Model::UnitPrice), QStringLiteral("£9.48"));
        QCOMPARE(*m_model->orderAt(sourceOrder), updated);
        QCOMPARE(
            itemIds(*m_proxy, m_proxy->mapFromSource(sourceOrder)), (QList<qint64> { 5001, 5003, 5004 }));

        // An order handed back as the model holds it: nothing changes, nothing breaks.
        QVERIFY(m_model->replaceOrder(*m_model->orderAt(sourceOrder)));
        QCOMPARE(*m_model->orderAt(sourceOrder), updated);
        QCOMPARE(m_model->indexOfItem(5003), QModelIndex(sourceCharlie));
        QCOMPARE(text(sourceOrder, Model::Status), QStringLiteral("Completed"));
        QCOMPARE(QModelIndex(sourceOrder).siblingAtColumn(Model::Status).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Completed (COMPLETED)"));

        PurchaseOrder unknown = purchaseOrder(9999, {});
        QVERIFY(!m_model->replaceOrder(unknown));
        QVERIFY(!m_model->replaceOrder(PurchaseOrder()));
    }

    void replacedOrderFieldsReachItsItems()
    {
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        const QPersistentModelIndex item(m_model->indexOfItem(5001));
        PurchaseOrder refunded = purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) },
            "2025-09-04T07:11:51Z", QStringLiteral("REFUNDED"));
        refunded.paymentProviderTransactionId = QStringLiteral("TX-NEW");
        refunded.paymentProviderRefundTransId = QStringLiteral("RF-9");
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->replaceOrder(refunded));
        QVERIFY(item.isValid());
        QCOMPARE(text(item, Model::TransactionId), QStringLiteral("TX-NEW"));
        QCOMPARE(text(item, Model::RefundTransactionId), QStringLiteral("RF-9"));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
            [&](const QList<QVariant>& s) { return s.at(0).value<QModelIndex>() == QModelIndex(item); }));
        m_proxy->setFilterText(QStringLiteral("rf-9"));
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void replacedOrderAppearsOrGoesUnderAFilter()
    {
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }),
            purchaseOrder(1002, { orderItem(5002, QStringLiteral("Zulu")) }) });
        m_proxy->setFilterText(QStringLiteral("delta"));
        QCOMPARE(m_proxy->rowCount(), 0);

        // The new item matches: the order shows, with all its items.
        QVERIFY(m_model->replaceOrder(purchaseOrder(
            1001, { orderItem(5001, QStringLiteral("Alpha")), orderItem(5003, QStringLiteral("Delta")) })));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1001 });
        QCOMPARE(itemIds(*m_proxy, m_proxy->index(0, 0)), (QList<qint64> { 5001, 5003 }));

        // The matching item goes: so does the order.
        QVERIFY(m_model->replaceOrder(purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) })));
        QCOMPARE(m_proxy->rowCount(), 0);

        // An item renamed to match.
        QVERIFY(
            m_model->replaceOrder(purchaseOrder(1002, { orderItem(5002, QStringLiteral("Delta Force")) })));
        QCOMPARE(orderIds(*m_proxy), QList<qint64> { 1002 });
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void replacedOrderWithItemsReordered()
    {
        m_model->setOrders({ purchaseOrder(1001,
            { orderItem(1, QStringLiteral("a")), orderItem(2, QStringLiteral("b")),
                orderItem(3, QStringLiteral("c")), orderItem(4, QStringLiteral("d")) }) });
        const QPersistentModelIndex b(m_model->indexOfItem(2));
        const QPersistentModelIndex shownB(m_proxy->mapFromSource(b));
        QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
        QVERIFY(m_model->replaceOrder(purchaseOrder(1001,
            { orderItem(4, QStringLiteral("d")), orderItem(3, QStringLiteral("c")),
                orderItem(5, QStringLiteral("e")), orderItem(2, QStringLiteral("b2")) })));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(itemIds(*m_model, m_model->indexOfOrder(1001)), (QList<qint64> { 4, 3, 5, 2 }));
        QVERIFY(b.isValid());
        QCOMPARE(b.row(), 3);
        QCOMPARE(b.data(Model::ItemIdRole).toLongLong(), 2);
        QCOMPARE(text(b, Model::Title), QStringLiteral("b2"));
        QVERIFY(shownB.isValid());
        QCOMPARE(shownB.data(Model::ItemIdRole).toLongLong(), 2);
        QCOMPARE(m_model->indexOfItem(2), QModelIndex(b));
    }

    void replacedOrderChangedBeyondRecognition()
    {
        // Every other item removed and new ones between: too many runs to follow one by one.
        QList<PurchaseOrderItem> before;
        QList<PurchaseOrderItem> after;
        for (int i = 0; i < 200; ++i) {
            before.append(orderItem(10000 + i, QStringLiteral("old %1").arg(i)));
            if (i % 2)
                after.append(orderItem(10000 + i, QStringLiteral("old %1").arg(i)));
            else
                after.append(orderItem(20000 + i, QStringLiteral("new %1").arg(i)));
        }
        m_model->setOrders({ purchaseOrder(1, before) });
        m_proxy->sort(Model::Title, Qt::DescendingOrder);
        QVERIFY(m_model->replaceOrder(purchaseOrder(1, after)));
        QCOMPARE(itemIds(*m_model, m_model->indexOfOrder(1)).size(), 200);
        QCOMPARE(m_model->itemCount(), 200);
        QCOMPARE(m_model->indexOfItem(20002).row(), 2);
        QCOMPARE(m_model->indexOfItem(10003).row(), 3);
        QVERIFY(!m_model->indexOfItem(10002).isValid());
        QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 200);
    }

    void currencyAndFormatChangesAreAnnounced()
    {
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setCurrency(QStringLiteral("eur"));
        QCOMPARE(m_model->currency(), QStringLiteral("EUR"));
        QCOMPARE(changed.count(), 2); // the orders, and the order's items
        QCOMPARE(text(m_model->indexOfItem(5001), Model::UnitPrice),
            QStringLiteral("EUR") + QChar(0x00A0) + QStringLiteral("3.99"));
        m_model->setCurrency(QString());
        QCOMPARE(text(m_model->indexOfItem(5001), Model::UnitPrice), QStringLiteral("3.99"));

        QSignalSpy formats(m_model.get(), &PurchaseOrderModel::displayFormatChanged);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone("Asia/Dubai")));
        QCOMPARE(formats.count(), 1);
        QCOMPARE(
            text(m_model->indexOfOrder(1001), Model::Created), QStringLiteral("04/09/2025 11:11 +04:00"));
    }

    void clearEmptiesEverything()
    {
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        m_proxy->setFilterText(QStringLiteral("alpha"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->itemCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
        QVERIFY(!m_model->indexOfItem(5001).isValid());
        m_model->setOrders({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        QCOMPARE(m_proxy->rowCount(), 1);
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
        m_model->setOrders(orders);
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

        qDebug("100 000 items (with the model testers attached): set %lld ms, filter to one %lld ms, "
               "type three letters %lld ms, sort %lld ms, clear the filter %lld ms",
            setMs, oneMs, typedMs, sortMs, clearMs);
    }

private:
    std::unique_ptr<PurchaseOrderModel> m_model;
    std::unique_ptr<OrderFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
