// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderSuite.h"
#include "investigation/CustomerInvestigation.h"
#include "models/InvestigationCells.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::test;

namespace {

// The orders every test here investigates: a customer with, at 5 September 2025 07:11:51 UTC,
// two rentals a day into their two days and never played (1001: refund due, unwatched in the
// courtesy window), an order refunded (1002), one watched (1003: streamed, so not in the courtesy
// window, with a stream before the licence) and one bought twice (1004, a duplicate of 5001's
// title, bought before that rental ended).
const DateTimeOffset AsOf = instant("2025-09-05T07:11:51Z");

QList<PurchaseOrder> customerOrders()
{
    PurchaseOrder refunded = purchaseOrder(
        1002, { orderItem(5003, QStringLiteral("Charlie")) }, "2025-09-04T07:11:51Z", QStringLiteral("REF"));
    refunded.paymentProviderRefundTransId = QStringLiteral("RF-1");
    PurchaseOrderItem watched = orderItem(5004, QStringLiteral("Delta"));
    watched.createdDate = instant("2025-08-01T10:00:00Z");
    watched.timeOfFirstPlay = instant("2025-08-01T20:00:00Z");
    watched.timeUserFirstStreamed = instant("2025-08-01T20:01:00Z");
    PurchaseOrderItem again = orderItem(5005, QStringLiteral("Alpha"));
    again.supplierRef = QStringLiteral("SUP-5001");
    again.createdDate = instant("2025-09-04T09:00:00Z");
    return { purchaseOrder(1001,
                 { orderItem(5001, QStringLiteral("Alpha")), orderItem(5002, QStringLiteral("Bravo")) },
                 "2025-09-04T07:11:51Z"),
        refunded, purchaseOrder(1003, { watched }, "2025-08-01T10:00:00Z"),
        purchaseOrder(1004, { again }, "2025-09-04T09:00:00Z") };
}

InvestigationContext asOf(const DateTimeOffset& instant)
{
    InvestigationContext context;
    context.affiliateZone = QTimeZone("Europe/London");
    context.asOf = instant;
    return context;
}

} // namespace

// The orders tree's refund columns (State, Verdict, Signals): worked out on a worker by
// ff::CustomerInvestigation at the context's instant, shown and sorted through the column table,
// the "refund candidates" filter, and the rows changing as time passes.
class TestInvestigationColumns : public OrderSuite
{
    Q_OBJECT

private:
    void investigate(const InvestigationContext& context)
    {
        QSignalSpy investigated(m_model, &PurchaseOrderModel::investigated);
        m_model->setInvestigationContext(context);
        QVERIFY(investigated.wait(20'000));
        QVERIFY(!m_model->isInvestigating());
    }

    // The ids of the items the proxy shows, every order expanded.
    QSet<qint64> shownItems() const
    {
        QSet<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            for (const qint64 id : itemIds(*m_proxy, m_proxy->index(row, 0)))
                ids.insert(id);
        }
        return ids;
    }

private slots:
    void theColumnsSayWhatTheInvestigationFound()
    {
        const QList<PurchaseOrder> orders = customerOrders();
        m_fixture->load(orders);
        QCOMPARE(text(m_model->indexOfItem(5001), Model::State), QString()); // not worked out yet
        investigate(asOf(AsOf));
        QCOMPARE(m_model->investigationInstant(), std::optional<DateTimeOffset>(AsOf));

        const QModelIndex alpha = m_model->indexOfItem(5001);
        QCOMPARE(text(alpha, Model::State),
            displayName(ItemState::NotStarted) + QStringLiteral(" · 1 d left to start"));
        QCOMPARE(text(alpha, Model::Verdict), displayName(RefundVerdict::Due));
        QCOMPARE(text(alpha, Model::Signals), displayName(SignalKind::UnwatchedInCourtesyWindow));
        QVERIFY(alpha.siblingAtColumn(Model::State).data(Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(text(m_model->indexOfOrder(1001), Model::Verdict),
            QCoreApplication::translate("ff::InvestigationCells", "%n candidate(s)", nullptr, 2));
        QCOMPARE(text(m_model->indexOfOrder(1001), Model::State), QString());
        QCOMPARE(text(m_model->indexOfItem(5003), Model::State), displayName(ItemState::Refunded));
        QCOMPARE(
            text(m_model->indexOfItem(5003), Model::Verdict), displayName(RefundVerdict::AlreadyRefunded));
        QCOMPARE(text(m_model->indexOfOrder(1002), Model::Verdict), QString());

        // Item by item, what the library says, at the same instant with the same policy.
        for (const ItemInvestigation& expected : CustomerInvestigation::run(orders, RefundPolicy(), AsOf)) {
            const QModelIndex item = m_model->indexOfItem(*expected.item->id);
            QVERIFY(item.isValid());
            const InvestigatedItem* shown = m_model->investigatedAt(item);
            QVERIFY(shown);
            QCOMPARE(shown->state, expected.state.state);
            QCOMPARE(shown->verdict, expected.verdict);
            QStringList kinds;
            for (const RefundSignal& signal : expected.raisedSignals)
                kinds.append(displayName(signal.kind));
            for (const QString& kind : std::as_const(kinds))
                QVERIFY2(text(item, Model::Signals).contains(kind), qPrintable(kind));
            QCOMPARE(text(item, Model::Verdict), displayName(expected.verdict));
        }
        QVERIFY(
            text(m_model->indexOfItem(5005), Model::Signals).contains(displayName(SignalKind::Duplicate)));

        const OrderInvestigation::Summary summary = m_model->candidateSummary();
        QCOMPARE(summary.candidates, 3);
        QCOMPARE(summary.reasons[size_t(SignalKind::UnwatchedInCourtesyWindow)], 3);
        QCOMPARE(summary.reasons[size_t(SignalKind::Duplicate)], 1);
    }

    void anotherInstantWorksThemOutAgain()
    {
        m_fixture->load(customerOrders());
        investigate(asOf(AsOf));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        investigate(asOf(instant("2025-09-10T07:11:51Z")));
        QCOMPARE(text(m_model->indexOfItem(5001), Model::State),
            displayName(ItemState::ExpiredUnused) + QStringLiteral(" · 3 d 23 h ago"));
        QCOMPARE(text(m_model->indexOfItem(5001), Model::Verdict), displayName(RefundVerdict::Review));
        // Announced: the rows that read differently, and only those. The refunded order still has no
        // candidate (its own row is not announced), though its item's courtesy window closed.
        const QModelIndex refunded = m_model->indexOfOrder(1002);
        QSet<qint64> announced;
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            QVERIFY(topLeft != refunded);
            QVERIFY(!signal.at(2).value<QList<int>>().contains(Model::SortRole));
            if (topLeft.parent().isValid())
                announced.insert(topLeft.data(Model::ItemIdRole).toLongLong());
        }
        QVERIFY(announced.contains(5001));
        QVERIFY(announced.contains(5003)); // no longer in the courtesy window
        QCOMPARE(text(m_model->indexOfItem(5003), Model::State), displayName(ItemState::Refunded));
    }

    void manyChangedOrdersAreAnnouncedAsOne()
    {
        // A tree view looks up every changed item among all its rows: thousands of item changes
        // took it seconds. Past a few hundred orders, one change over every order's row.
        QList<PurchaseOrder> orders;
        for (int i = 0; i < 600; ++i)
            orders.append(purchaseOrder(10'000 + i,
                { orderItem(50'000 + i, QStringLiteral("Title %1").arg(i)) }, "2025-09-04T07:11:51Z"));
        m_fixture->load(orders);
        investigate(asOf(AsOf));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        investigate(asOf(instant("2025-09-10T07:11:51Z")));
        // Taken in a slice of a few hundred orders per turn of the event loop, each slice
        // announced as one change over its orders' rows, the slices one after the other.
        QVERIFY(changed.count() >= 1 && changed.count() <= 3);
        int nextRow = 0;
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            const QModelIndex bottomRight = signal.at(1).value<QModelIndex>();
            QCOMPARE(topLeft, m_model->index(nextRow, Model::State));
            QCOMPARE(bottomRight.column(), int(Model::Signals));
            QVERIFY(!bottomRight.parent().isValid());
            nextRow = bottomRight.row() + 1;
        }
        QCOMPARE(nextRow, 600);
        QCOMPARE(text(m_model->indexOfItem(50'599), Model::Verdict), displayName(RefundVerdict::Review));
    }

    void theCandidatesSwitchShowsExactlyTheCandidates()
    {
        const QList<PurchaseOrder> orders = customerOrders();
        m_fixture->load(orders);
        investigate(asOf(AsOf));
        QSet<qint64> expected;
        for (const ItemInvestigation& item : CustomerInvestigation::run(orders, RefundPolicy(), AsOf)) {
            if (item.isCandidate())
                expected.insert(*item.item->id);
        }
        QCOMPARE(expected, (QSet<qint64> { 5001, 5002, 5005 }));

        m_proxy->setCandidatesOnly(true);
        QVERIFY(m_proxy->filter().candidatesOnly());
        QCOMPARE(shownItems(), expected);
        const QList<qint64> shownOrders = orderIds(*m_proxy);
        QCOMPARE(QSet<qint64>(shownOrders.cbegin(), shownOrders.cend()), (QSet<qint64> { 1001, 1004 }));

        // Within the other filters: words find a candidate, and never show one they do not find.
        m_proxy->setFilterText(QStringLiteral("bravo"));
        QCOMPARE(shownItems(), (QSet<qint64> { 5001, 5002 })); // the order is found; its candidates show
        m_proxy->setFilterText(QStringLiteral("delta"));
        QCOMPARE(m_proxy->rowCount(), 0); // Delta is no candidate
        m_proxy->setFilterText(QString());

        // Later, every rental has ended: only those needing review stay candidates.
        investigate(asOf(instant("2025-09-10T07:11:51Z")));
        QSet<qint64> later;
        for (const ItemInvestigation& item :
            CustomerInvestigation::run(orders, RefundPolicy(), instant("2025-09-10T07:11:51Z"))) {
            if (item.isCandidate())
                later.insert(*item.item->id);
        }
        QCOMPARE(shownItems(), later);

        m_proxy->setCandidatesOnly(false);
        QCOMPARE(shownItems(), (QSet<qint64> { 5001, 5002, 5003, 5004, 5005 }));
    }

    void aMixedOrderShowsOnlyItsCandidates()
    {
        PurchaseOrderItem streamed = orderItem(5002, QStringLiteral("Bravo")); // streamed: no candidate
        streamed.timeOfFirstPlay = instant("2025-09-04T08:00:00Z");
        streamed.timeUserFirstStreamed = instant("2025-09-04T08:01:00Z");
        m_fixture->load({ purchaseOrder(
            1001, { orderItem(5001, QStringLiteral("Alpha")), streamed }, "2025-09-04T07:11:51Z") });
        investigate(asOf(AsOf));
        m_proxy->setCandidatesOnly(true);
        const QModelIndex order = m_proxy->index(0, 0);
        QCOMPARE(itemIds(*m_proxy, order), (QList<qint64> { 5001 }));
        QVERIFY(!m_proxy->mapFromSource(m_model->indexOfItem(5002)).isValid());
        QCOMPARE(m_proxy->mapToSource(m_proxy->index(0, 0, order)), m_model->indexOfItem(5001));
        QVERIFY(!m_proxy->index(1, 0, order).isValid());
    }

    void theNewColumnsSort()
    {
        m_fixture->load(customerOrders());
        investigate(asOf(AsOf));
        // By verdict: the orders with the most candidates first, due before review before the rest.
        m_proxy->sort(Model::Verdict, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy).first(), 1001);
        QCOMPARE(orderIds(*m_proxy).at(1), 1004);
        // By state, in the order states come: refunded, then not started, then expired.
        m_proxy->sort(Model::State, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy).first(), 1002);
        m_proxy->sort(Model::State, Qt::DescendingOrder);
        QCOMPARE(orderIds(*m_proxy).first(), 1003);
        // By signals: the most first, descending.
        m_proxy->sort(Model::Signals, Qt::DescendingOrder);
        QVERIFY(text(m_proxy->index(0, 0), Model::OrderOrItem).contains(QStringLiteral("100")));
        // A new instant re-sorts by the new values.
        investigate(asOf(instant("2025-09-10T07:11:51Z")));
        m_proxy->sort(Model::State, Qt::AscendingOrder);
        QCOMPARE(orderIds(*m_proxy).first(), 1002);
    }

    void aRentalEndingChangesItsRowWhenTheTimerFires()
    {
        // A rental with two days to start, bought two days ago but for four seconds (room for a slow
        // machine); and a refunded order whose row never changes.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DateTimeOffset bought = DateTimeOffset::fromQDateTime(now.addDays(-2).addMSecs(4000));
        PurchaseOrderItem ending = orderItem(5001, QStringLiteral("Alpha"));
        ending.createdDate = bought;
        PurchaseOrder rental = purchaseOrder(1001, { ending });
        rental.createDate = bought;
        PurchaseOrder refunded = purchaseOrder(1002, { orderItem(5002, QStringLiteral("Bravo")) },
            "2025-09-04T07:11:51Z", QStringLiteral("REF"));
        m_fixture->load({ rental, refunded });
        InvestigationContext now_;
        now_.affiliateZone = QTimeZone("Europe/London"); // no "as of": now, ticking
        investigate(now_);
        const QPersistentModelIndex item(m_model->indexOfItem(5001));
        QVERIFY(text(item, Model::State).startsWith(displayName(ItemState::NotStarted)));
        QCOMPARE(text(item, Model::Verdict), displayName(RefundVerdict::Due));

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(QTest::qWaitFor(
            [&] { return text(item, Model::State).startsWith(displayName(ItemState::ExpiredUnused)); },
            20'000));
        QCOMPARE(text(item, Model::Verdict), displayName(RefundVerdict::Review));
        // Only the row that changed was announced.
        QVERIFY(!changed.isEmpty());
        const QModelIndex refundedOrder = m_model->indexOfOrder(1002);
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            QVERIFY(topLeft.parent() != refundedOrder && topLeft != refundedOrder);
        }

        // As of a fixed instant nothing ticks.
        investigate(asOf(AsOf));
        changed.clear();
        QTest::qWait(300);
        QVERIFY(changed.isEmpty());
    }

    void aReplacedOrderIsInvestigatedAgain()
    {
        m_fixture->load(customerOrders());
        investigate(asOf(AsOf));
        // The same title bought again in 1003: now a duplicate of 5001 as well.
        PurchaseOrderItem again = orderItem(5006, QStringLiteral("Alpha again"));
        again.supplierRef = QStringLiteral("SUP-5001");
        again.createdDate = instant("2025-09-04T10:00:00Z");
        PurchaseOrder updated = customerOrders().at(2);
        updated.purchaseOrderItemDtos->append(again);
        QSignalSpy investigated(m_model, &PurchaseOrderModel::investigated);
        QVERIFY(m_model->replaceOrder(updated));
        QVERIFY(investigated.wait(20'000));
        QVERIFY(
            text(m_model->indexOfItem(5006), Model::Signals).contains(displayName(SignalKind::Duplicate)));
    }

    void aReplacedOrderStaysShownAmongTheCandidates()
    {
        // The agent works through the candidates and adds an item to 1001: the order and the item
        // they had selected stay in view while the customer is worked out again; the new item is
        // blank till then, and shows once it is known to be a candidate.
        m_fixture->load(customerOrders());
        investigate(asOf(AsOf));
        m_proxy->setCandidatesOnly(true);
        const QPersistentModelIndex selected = m_proxy->mapFromSource(m_model->indexOfItem(5002));
        QVERIFY(selected.isValid());
        QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy investigated(m_model, &PurchaseOrderModel::investigated);

        PurchaseOrder updated = customerOrders().at(0);
        PurchaseOrderItem added = orderItem(5009, QStringLiteral("Echo"));
        added.createdDate = instant("2025-09-05T07:00:00Z");
        updated.purchaseOrderItemDtos->prepend(added); // shifts the other items down a row
        QVERIFY(m_model->replaceOrder(updated));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(Model::ItemIdRole).toLongLong(), 5002);
        QCOMPARE(text(m_model->indexOfItem(5002), Model::Verdict), displayName(RefundVerdict::Due));
        QCOMPARE(text(m_model->indexOfItem(5009), Model::Verdict), QString()); // not known yet
        QCOMPARE(shownItems(), (QSet<qint64> { 5001, 5002, 5005 }));

        QVERIFY(investigated.wait(20'000));
        QCOMPARE(shownItems(), (QSet<qint64> { 5001, 5002, 5005, 5009 }));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(Model::ItemIdRole).toLongLong(), 5002);
        for (const QList<QVariant>& signal : std::as_const(removed))
            QVERIFY2(signal.at(0).value<QModelIndex>().isValid(), "an order left the view");
    }

    void loadingInvestigatesWithTheRows()
    {
        // The window's road: loadOrders() prepares the rows and their refund columns on workers.
        m_model->setInvestigationContext(asOf(AsOf));
        QSignalSpy investigated(m_model, &PurchaseOrderModel::investigated);
        m_model->loadOrders(customerOrders());
        QVERIFY(investigated.wait(20'000));
        QVERIFY(!m_model->isLoading());
        QCOMPARE(investigated.count(), 1); // the run over no rows, before, is not listened to
        QCOMPARE(text(m_model->indexOfItem(5001), Model::Verdict), displayName(RefundVerdict::Due));
        QCOMPARE(m_model->investigationInstant(), std::optional<DateTimeOffset>(AsOf));
    }

    void aBadgeReadsInTheUnitsShown()
    {
        InvestigatedItem item;
        item.state = ItemState::Active;
        item.timeLeftSeconds = 2 * 86'400 + 4 * 3600 + 59;
        QCOMPARE(InvestigationCells::badge(item),
            displayName(ItemState::Active) + QStringLiteral(" · 2 d 4 h left"));
        InvestigatedItem later = item;
        later.timeLeftSeconds = 2 * 86'400 + 4 * 3600;
        QVERIFY(item.readsAs(later)); // the same to the hour
        later.timeLeftSeconds = 2 * 86'400 + 3 * 3600 + 3599;
        QVERIFY(!item.readsAs(later));
        // A day does not read as 24 minutes.
        InvestigatedItem day = item;
        day.timeLeftSeconds = 86'400;
        InvestigatedItem minutes = item;
        minutes.timeLeftSeconds = 24 * 60;
        QVERIFY(!day.readsAs(minutes));

        // When each reads otherwise: the hour, the minute or the second shown last changes.
        QCOMPARE(item.secondsUntilTimeReadsOtherwise(), std::optional<qint64>(60)); // "2 d 3 h left" then
        QCOMPARE(minutes.secondsUntilTimeReadsOtherwise(), std::optional<qint64>(1)); // "23 min left"
        InvestigatedItem ended;
        ended.state = ItemState::ExpiredUnused;
        ended.secondsSinceEnd = 125; // "2 min ago", "3 min ago" in 55 s
        QCOMPARE(ended.secondsUntilTimeReadsOtherwise(), std::optional<qint64>(55));
        ended.secondsSinceEnd = 86'399; // "23 h 59 min ago", "1 d 0 h ago" in a second
        QCOMPARE(ended.secondsUntilTimeReadsOtherwise(), std::optional<qint64>(1));
        QVERIFY(!InvestigatedItem().secondsUntilTimeReadsOtherwise());
    }

    void theTreeWakesWhenATimeShownReadsOtherwise()
    {
        // 1003 ended long ago: it reads "… ago" to the hour, and nothing else will change.
        const PurchaseOrder watched = customerOrders().at(2);
        const auto run = [&](const DateTimeOffset& at) {
            return OrderInvestigation { RefundPolicy(), at }.run({ watched });
        };
        const auto later = [](const DateTimeOffset& at, qint64 seconds) {
            return DateTimeOffset::fromUtcTicks(at.utcTicks() + seconds * DateTimeOffset::TicksPerSecond);
        };
        const OrderInvestigation::Result first = run(AsOf);
        const qint64 since = first.orders.at(0).at(0).secondsSinceEnd.value();
        QVERIFY(since > 86'400);
        const qint64 toTheHour = 3600 - since % 3600;
        if (toTheHour >= 60)
            QCOMPARE(first.nextChange, std::optional<DateTimeOffset>(later(AsOf, toTheHour)));
        // Ten seconds before the hour: woken a minute later, not ten seconds (each wake works out
        // the whole customer again).
        const DateTimeOffset beforeTheHour = later(AsOf, toTheHour - 10);
        QCOMPARE(run(beforeTheHour).nextChange, std::optional<DateTimeOffset>(later(beforeTheHour, 60)));
    }
};

QTEST_MAIN(TestInvestigationColumns)
#include "tst_investigationcolumns.moc"
