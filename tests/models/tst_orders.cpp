// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSuite.h"

#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::test;

namespace {

const QString Dash = QString(QChar(0x2014));

} // namespace

// The orders tree's model: what its rows show and hold, how it loads, and how it takes in a
// changed order without losing the agent's place.
class TestOrders : public OrderSuite
{
    Q_OBJECT

private slots:
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
        // What a header alone leaves unsaid, said in its tooltip.
        QCOMPARE(m_model->headerData(Model::Created, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("When the order or item was created, in your time zone"));
        QVERIFY(!m_model->headerData(Model::Title, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void theApiPagesSampleWithItsRepeatedIds()
    {
        // The API's help page answers with two orders of one id, each with two items of one id:
        // every row shows, and an id finds its first row.
        m_fixture->loadFixture(QStringLiteral("orders.sample.json"));
        QCOMPARE(m_model->orderCount(), 2);
        QCOMPARE(m_model->itemCount(), 4);
        const QModelIndex first = m_model->indexOfOrder(1);
        QCOMPARE(first.row(), 0);
        QCOMPARE(m_model->indexOfItem(1), m_model->index(0, 0, first));
        QCOMPARE(text(first, Model::Title), QStringLiteral("2 items"));
        QCOMPARE(text(first, Model::UnitPrice), QStringLiteral("£8.00"));
        QCOMPARE(text(first, Model::Status), QStringLiteral("sample string 3"));
        QVERIFY(first.data(Qt::FontRole).value<QFont>().italic()); // a refund transaction: refunded
        QVERIFY(m_model->index(0, 0, first).data(Qt::FontRole).value<QFont>().strikeOut());
        m_proxy->setFilterText(QStringLiteral("sample string 18"));
        QCOMPARE(m_proxy->rowCount(), 2);
    }

    void showsOrdersWithTheirItems()
    {
        m_fixture->load({ purchaseOrder(1001,
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
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Frozen")) }) });
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
        m_fixture->load({ order, noItems });

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
        m_fixture->load(
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

    void loadsBatchByBatch()
    {
        // Enough orders for several batches: the first replaces what was shown, the others are
        // appended one insertion each, and a filter and a sort set before take them in as they come.
        constexpr int Orders = 4000;
        m_proxy->setFilterText(QStringLiteral("frozen"));
        m_proxy->sort(Model::OrderOrItem, Qt::DescendingOrder);
        QList<PurchaseOrder> orders;
        for (int id = 0; id < Orders; ++id) {
            orders.append(purchaseOrder(
                id, { orderItem(10'000 + id, id % 500 ? QStringLiteral("Up") : QStringLiteral("Frozen")) }));
        }
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(m_model, &PurchaseOrderModel::ordersLoaded);
        m_fixture->load(orders);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!inserted.isEmpty());
        int next = inserted.constFirst().at(1).toInt(); // the rows the first batch brought
        QVERIFY(next > 0);
        for (const QList<QVariant>& batch : std::as_const(inserted)) {
            QVERIFY(!batch.at(0).value<QModelIndex>().isValid());
            QCOMPARE(batch.at(1).toInt(), next); // each batch right after the one before
            next = batch.at(2).toInt() + 1;
        }
        QCOMPARE(next, Orders);
        QCOMPARE(m_model->orderCount(), Orders);
        QCOMPARE(m_model->itemCount(), Orders);
        QCOMPARE(orderIds(*m_proxy), (QList<qint64> { 3500, 3000, 2500, 2000, 1500, 1000, 500, 0 }));
        QCOMPARE(m_model->indexOfItem(13'333).parent(), m_model->indexOfOrder(3333));

        // Nothing to load: no row inserted, everything shown before gone.
        const qsizetype batches = inserted.count();
        m_fixture->load({});
        QCOMPARE(inserted.count(), batches);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void replacedOrderKeepsUnchangedItemsInPlace()
    {
        m_fixture->load({ purchaseOrder(1000, { orderItem(4001, QStringLiteral("Other")) }),
            purchaseOrder(1001,
                { orderItem(5001, QStringLiteral("Alpha")), orderItem(5002, QStringLiteral("Bravo")),
                    orderItem(5003, QStringLiteral("Charlie")) }) });
        m_proxy->sort(Model::OrderOrItem, Qt::AscendingOrder);

        // What the agent has selected in the view: the item that will not change.
        QItemSelectionModel selection(m_proxy);
        const QModelIndex shownCharlie = m_proxy->mapFromSource(m_model->indexOfItem(5003));
        QVERIFY(shownCharlie.isValid());
        selection.setCurrentIndex(
            shownCharlie, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex sourceCharlie(m_model->indexOfItem(5003));
        const QPersistentModelIndex proxyCharlie(shownCharlie);
        const QPersistentModelIndex sourceOrder(m_model->indexOfOrder(1001));

        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);

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
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        const QPersistentModelIndex item(m_model->indexOfItem(5001));
        PurchaseOrder refunded = purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) },
            "2025-09-04T07:11:51Z", QStringLiteral("REFUNDED"));
        refunded.paymentProviderTransactionId = QStringLiteral("TX-NEW");
        refunded.paymentProviderRefundTransId = QStringLiteral("RF-9");
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
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
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }),
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
        m_fixture->load({ purchaseOrder(1001,
            { orderItem(1, QStringLiteral("a")), orderItem(2, QStringLiteral("b")),
                orderItem(3, QStringLiteral("c")), orderItem(4, QStringLiteral("d")) }) });
        const QPersistentModelIndex b(m_model->indexOfItem(2));
        const QPersistentModelIndex shownB(m_proxy->mapFromSource(b));
        QSignalSpy layouts(m_model, &QAbstractItemModel::layoutChanged);
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
        m_fixture->load({ purchaseOrder(1, before) });
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
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setCurrency(QStringLiteral("eur"));
        QCOMPARE(m_model->currency(), QStringLiteral("EUR"));
        QCOMPARE(changed.count(), 2); // the orders, and the order's items
        QCOMPARE(text(m_model->indexOfItem(5001), Model::UnitPrice),
            QStringLiteral("EUR") + QChar(0x00A0) + QStringLiteral("3.99"));
        m_model->setCurrency(QString());
        QCOMPARE(text(m_model->indexOfItem(5001), Model::UnitPrice), QStringLiteral("3.99"));

        QSignalSpy formats(m_model, &PurchaseOrderModel::displayFormatChanged);
        m_model->setDisplayFormat(
            DisplayFormat(QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone("Asia/Dubai")));
        QCOMPARE(formats.count(), 1);
        QCOMPARE(
            text(m_model->indexOfOrder(1001), Model::Created), QStringLiteral("04/09/2025 11:11 +04:00"));
    }

    void clearEmptiesEverything()
    {
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        m_proxy->setFilterText(QStringLiteral("alpha"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->itemCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
        QVERIFY(!m_model->indexOfItem(5001).isValid());
        m_fixture->load({ purchaseOrder(1001, { orderItem(5001, QStringLiteral("Alpha")) }) });
        QCOMPARE(m_proxy->rowCount(), 1);
    }
};

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
