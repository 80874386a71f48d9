// SPDX-License-Identifier: GPL-3.0-or-later
// Each refund signal at its boundaries, with the evidence it names, and the verdict they lead to.

#include "tests/investigation/InvestigationData.h"

#include <QTest>

using namespace ff;
using namespace ff::test;

namespace {

PurchaseOrderItem march(qint64 id = 1, const char* ref = "FFX-1")
{
    return rentalItem(id, ref, "2026-03-03T20:14:00Z");
}

bool raised(const ItemInvestigation& item, SignalKind kind)
{
    return item.signal(kind) != nullptr;
}

QString verdictOf(const ItemInvestigation& item)
{
    return QString::fromLatin1(identifier(item.verdict).data());
}

} // namespace

class TestRefundSignals final : public QObject
{
    Q_OBJECT

private slots:
    void unwatchedInTheCourtesyWindowEndsAfter48Hours()
    {
        const QList<PurchaseOrder> orders { rental(march()) };
        const Investigated insideRun(orders, at("2026-03-05T20:13:59.999Z"));
        const ItemInvestigation& inside = insideRun.only();
        QVERIFY(raised(inside, SignalKind::UnwatchedInCourtesyWindow));
        QCOMPARE(verdictOf(inside), QStringLiteral("due"));
        const RefundSignal& signal = *inside.signal(SignalKind::UnwatchedInCourtesyWindow);
        QCOMPARE(std::get<DateTimeOffset>(*signal.value(u"CreatedDate")), at("2026-03-03T20:14:00Z"));
        QVERIFY(std::holds_alternative<std::monostate>(*signal.value(u"TimeUserFirstStreamed")));
        QCOMPARE(std::get<DateTimeOffset>(*signal.value(u"CourtesyWindowEnd")), at("2026-03-05T20:14:00Z"));

        const Investigated atTheEndRun(orders, at("2026-03-05T20:14:00Z"));
        const ItemInvestigation& atTheEnd = atTheEndRun.only();
        QVERIFY(!raised(atTheEnd, SignalKind::UnwatchedInCourtesyWindow));
        QCOMPARE(verdictOf(atTheEnd), QStringLiteral("not-due"));

        PurchaseOrderItem downloaded = march();
        downloaded.timeUserFirstDownloaded = at("2026-03-04T09:00:00Z");
        QVERIFY(!raised(Investigated({ rental(downloaded) }, at("2026-03-04T10:00:00Z")).only(),
            SignalKind::UnwatchedInCourtesyWindow));

        // Bought to keep too.
        const PurchaseOrder keep = order(9, "2026-03-03T20:14:00Z", "EST", { march(9) });
        const Investigated ownedRun({ keep }, at("2026-03-04T10:00:00Z"));
        const ItemInvestigation& owned = ownedRun.only();
        QVERIFY(raised(owned, SignalKind::UnwatchedInCourtesyWindow));
        QCOMPARE(verdictOf(owned), QStringLiteral("due"));
    }

    void expiredUnusedNeedsReview()
    {
        const Investigated itemRun({ rental(march()) }, at("2026-04-02T20:14:00Z"));
        const ItemInvestigation& item = itemRun.only();
        QVERIFY(raised(item, SignalKind::ExpiredUnused));
        QCOMPARE(verdictOf(item), QStringLiteral("review"));
        QCOMPARE(std::get<DateTimeOffset>(*item.signal(SignalKind::ExpiredUnused)->value(u"WindowEnd")),
            at("2026-04-02T20:14:00Z"));
    }

    void aLicenceNeverAcknowledgedAndNeverPlayedIsADeliveryFailure()
    {
        PurchaseOrderItem item = march();
        item.timeOfFirstPlay = at("2026-03-10T20:00:00Z");
        const DateTimeOffset when = at("2026-03-11T00:00:00Z");
        const Investigated failedRun({ rental(item) }, when);
        const ItemInvestigation& failed = failedRun.only();
        QVERIFY(raised(failed, SignalKind::DeliveryFailure));
        QCOMPARE(verdictOf(failed), QStringLiteral("due"));
        QCOMPARE(std::get<bool>(*failed.signal(SignalKind::DeliveryFailure)->value(u"LicenseAcknowledged")),
            false);

        item.licenseAcknowledged = true;
        QVERIFY(!raised(Investigated({ rental(item) }, when).only(), SignalKind::DeliveryFailure));
        item.licenseAcknowledged = false;
        item.timeUserFirstStreamed = at("2026-03-10T20:01:00Z");
        QVERIFY(!raised(Investigated({ rental(item) }, when).only(), SignalKind::DeliveryFailure));
    }

    void stoppedEarlyAndWatchedNeedTheItemsOwnEntitlement_data()
    {
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("mediaDuration"); // empty: none, the item's Duration (118 min)
        QTest::addColumn<bool>("stoppedEarly");
        QTest::addColumn<bool>("watched");
        QTest::addColumn<QString>("verdict");

        QTest::newRow("9:59 in: stopped early") << "00:09:59"
                                                << "" << true << false << "review";
        QTest::newRow("10:00 in: not early") << "00:10:00"
                                             << "" << false << false << "not-due";
        // 90 % of 1 h 58 (7080 s) is 6372 s = 1:46:12.
        QTest::newRow("one second under 90 %") << "01:46:11"
                                               << "" << false << false << "not-due";
        QTest::newRow("exactly 90 %: watched") << "01:46:12"
                                               << "" << false << true << "not-due";
        QTest::newRow("length from the media item") << "01:40:00"
                                                    << "01:50:00" << false << true << "not-due";
        QTest::newRow("a TimeSpan with days as length") << "01:40:00"
                                                        << "1.00:00:00" << false << false << "not-due";
    }

    void stoppedEarlyAndWatchedNeedTheItemsOwnEntitlement()
    {
        QFETCH(QString, position);
        QFETCH(QString, mediaDuration);
        QFETCH(bool, stoppedEarly);
        QFETCH(bool, watched);
        QFETCH(QString, verdict);
        PurchaseOrderItem item = march();
        item.timeOfFirstPlay = at("2026-03-10T20:00:00Z");
        item.timeUserFirstStreamed = at("2026-03-10T20:00:30Z");
        item.licenseAcknowledged = true;
        Entitlement entitlement = entitlementOf(item);
        entitlement.lastPlayPosition = TimeSpan::parse(position.toStdString());
        if (!mediaDuration.isEmpty()) {
            entitlement.mediaItem.emplace();
            entitlement.mediaItem->duration = mediaDuration;
        }
        const Investigated result(
            { rental(item) }, at("2026-03-11T00:00:00Z"), {}, { { QStringLiteral("FFX-1"), entitlement } });
        const ItemInvestigation& investigated = result.only();
        QCOMPARE(raised(investigated, SignalKind::StoppedEarly), stoppedEarly);
        QCOMPARE(raised(investigated, SignalKind::Watched), watched);
        QCOMPARE(verdictOf(investigated), verdict);
        QVERIFY(investigated.facts.lastPlayPosition);

        // Without the entitlement nothing is known of how far it played.
        const Investigated ordersOnlyRun({ rental(item) }, at("2026-03-11T00:00:00Z"));
        const ItemInvestigation& ordersOnly = ordersOnlyRun.only();
        QVERIFY(!raised(ordersOnly, SignalKind::StoppedEarly) && !raised(ordersOnly, SignalKind::Watched));
        QVERIFY(!ordersOnly.facts.lastPlayPosition);
    }

    void anUnreadableLengthIsUnknown()
    {
        PurchaseOrderItem item = march();
        Entitlement entitlement = entitlementOf(item);
        entitlement.lastPlayPosition = TimeSpan::fromSeconds(7000);
        entitlement.mediaItem.emplace();
        entitlement.mediaItem->duration = QStringLiteral("about two hours");
        const Investigated result(
            { rental(item) }, at("2026-03-11T00:00:00Z"), {}, { { QStringLiteral("FFX-1"), entitlement } });
        QVERIFY(!result.only().facts.lengthSeconds);
        QVERIFY(!raised(result.only(), SignalKind::Watched));
        QVERIFY(result.only().unknowns.join(u' ').contains(QLatin1String("about two hours")));
    }

    void theLaterOfTwoOverlappingPurchasesIsADuplicate()
    {
        PurchaseOrderItem first = march(1, "FFX-DUP");
        first.timeUserFirstStreamed = at("2026-03-04T20:00:00Z");
        first.timeOfFirstPlay = at("2026-03-04T19:59:00Z");
        first.licenseAcknowledged = true;
        // The first's view window ends 6 March 19:59.
        const PurchaseOrder earlier = order(10, "2026-03-03T20:14:00Z", "Rental", { first });
        const PurchaseOrder inside = order(
            20, "2026-03-06T19:58:59Z", "Rental", { rentalItem(2, "FFX-DUP", "2026-03-06T19:58:59Z") });
        const Investigated both({ earlier, inside }, at("2026-03-06T20:30:00Z"));
        QVERIFY(!raised(both.item(1), SignalKind::Duplicate));
        const RefundSignal* duplicate = both.item(2).signal(SignalKind::Duplicate);
        QVERIFY(duplicate);
        QCOMPARE(std::get<qint64>(*duplicate->value(u"EarlierItemId")), 1);
        QCOMPARE(std::get<qint64>(*duplicate->value(u"EarlierOrderId")), 10);
        QCOMPARE(std::get<bool>(*duplicate->value(u"EarlierNeverPlayed")), false);
        QCOMPARE(std::get<bool>(*duplicate->value(u"ThisNeverPlayed")), true);
        QCOMPARE(verdictOf(both.item(2)), QStringLiteral("due"));

        // Bought at the instant the first rental ended: not a duplicate.
        const PurchaseOrder after = order(
            30, "2026-03-06T19:59:00Z", "Rental", { rentalItem(3, "FFX-DUP", "2026-03-06T19:59:00Z") });
        QVERIFY(!raised(
            Investigated({ earlier, after }, at("2026-03-06T20:30:00Z")).item(3), SignalKind::Duplicate));

        // A refunded first purchase does not make the second a duplicate.
        PurchaseOrder refunded = earlier;
        refunded.paymentProviderRefundTransId = QStringLiteral("R-9");
        QVERIFY(!raised(
            Investigated({ refunded, inside }, at("2026-03-06T20:30:00Z")).item(2), SignalKind::Duplicate));

        // After a purchase to keep, any later purchase of the title is a duplicate.
        const PurchaseOrder kept
            = order(40, "2025-01-01T00:00:00Z", "EST", { rentalItem(4, "FFX-DUP", "2025-01-01T00:00:00Z") });
        QVERIFY(raised(
            Investigated({ inside, kept }, at("2026-03-06T20:30:00Z")).item(2), SignalKind::Duplicate));
    }

    void aRefundIsTheOrdersAndCoversEveryItem()
    {
        PurchaseOrder refunded = order(50, "2026-03-03T20:14:00Z", "Rental",
            { rentalItem(5, "FFX-5", "2026-03-03T20:14:00Z"),
                rentalItem(6, "FFX-6", "2026-03-03T20:14:00Z") });
        refunded.paymentProviderRefundTransId = QStringLiteral("re_3MtwBw");
        const Investigated result({ refunded }, at("2026-03-04T00:00:00Z"));
        for (const ItemInvestigation& item : result.all()) {
            QCOMPARE(verdictOf(item), QStringLiteral("already-refunded"));
            const RefundSignal* signal = item.signal(SignalKind::AlreadyRefunded);
            QVERIFY(signal);
            QVERIFY(!signal->weight);
            QCOMPARE(std::get<QString>(*signal->value(u"PaymentProviderRefundTransId")),
                QStringLiteral("re_3MtwBw"));
            QCOMPARE(std::get<QString>(*signal->value(u"RefundScope")), QStringLiteral("order"));
        }
        QCOMPARE(verdictOf(Investigated({ rental(march(), "PND") }, at("2026-03-04T00:00:00Z")).only()),
            QStringLiteral("nothing-paid"));
    }

    void termsAreCheckedAgainstTheOfferOnSaleAtThePurchase_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("price");
        QTest::addColumn<bool>("differ");
        QTest::addColumn<bool>("unknown");

        QTest::newRow("same terms") << "2026-01-01T00:00:00Z"
                                    << ""
                                    << "3.99" << false << false;
        QTest::newRow("another price") << "2026-01-01T00:00:00Z"
                                       << ""
                                       << "2.99" << true << false;
        QTest::newRow("the same price written longer") << "2026-01-01T00:00:00Z"
                                                       << ""
                                                       << "3.990" << false << false;
        QTest::newRow("the offer began after the purchase") << "2026-03-03T20:14:00.001Z"
                                                            << ""
                                                            << "2.99" << false << true;
        QTest::newRow("the offer ended at the purchase") << "2026-01-01T00:00:00Z"
                                                         << "2026-03-03T20:14:00Z"
                                                         << "2.99" << false << true;
    }

    void termsAreCheckedAgainstTheOfferOnSaleAtThePurchase()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, price);
        QFETCH(bool, differ);
        QFETCH(bool, unknown);
        const PurchaseOrderItem item = march();
        Entitlement entitlement = entitlementOf(item);
        Offer offer;
        offer.id = item.offerId;
        offer.price = Decimal::fromString(price.toStdString());
        offer.currency = QStringLiteral("GBP");
        offer.rentalTime = 30;
        offer.viewTime = 48;
        offer.startAvailability = DateTimeOffset::parse(start.toStdString());
        if (!end.isEmpty())
            offer.endAvailability = DateTimeOffset::parse(end.toStdString());
        entitlement.mediaItem.emplace();
        entitlement.mediaItem->offers = QList<Offer> { offer };
        const Investigated result(
            { rental(item) }, at("2026-03-04T00:00:00Z"), {}, { { QStringLiteral("FFX-1"), entitlement } });
        QCOMPARE(raised(result.only(), SignalKind::TermsDiffer), differ);
        QCOMPARE(result.only().unknowns.join(u' ').contains(QLatin1String("was not on sale")), unknown);
        if (differ)
            QCOMPARE(std::get<Decimal>(*result.only().signal(SignalKind::TermsDiffer)->value(u"Offer.Price")),
                *offer.price);
    }

    void aBoxSetPartlyStartedNeedsReview()
    {
        const PurchaseOrderItem item = march();
        Entitlement boxSet = entitlementOf(item);
        QList<Entitlement> children;
        for (int i = 0; i < 5; ++i)
            children.append(entitlementOf(rentalItem(100 + i, "FFX-EP", "2026-03-03T20:14:00Z")));
        const auto investigate = [&](int started) {
            QList<Entitlement> episodes = children;
            for (int i = 0; i < started; ++i)
                episodes[i].timeOfFirstPlay = at("2026-03-04T00:00:00Z");
            boxSet.children = episodes;
            const Investigated result(
                { rental(item) }, at("2026-03-06T00:00:00Z"), {}, { { QStringLiteral("FFX-1"), boxSet } });
            const RefundSignal* signal = result.only().signal(SignalKind::BoxSetPartlyUsed);
            return signal ? std::get<qint64>(*signal->value(u"ChildrenStarted")) : qint64(-1);
        };
        QCOMPARE(investigate(0), -1);
        QCOMPARE(investigate(2), 2);
        QCOMPARE(investigate(5), -1);
    }

    void clocksThatDisagreeBeyondTheSkewAreAnAnomaly_data()
    {
        QTest::addColumn<QString>("licence");
        QTest::addColumn<QString>("streamed");
        QTest::addColumn<bool>("anomaly");

        QTest::newRow("licence 5 s before the purchase") << "2026-03-03T20:13:55Z"
                                                         << "" << false;
        QTest::newRow("licence 6 s before the purchase") << "2026-03-03T20:13:54Z"
                                                         << "" << true;
        QTest::newRow("streamed with no licence") << ""
                                                  << "2026-03-04T00:00:00Z" << true;
        QTest::newRow("streamed 6 s before the licence") << "2026-03-04T00:00:06Z"
                                                         << "2026-03-04T00:00:00Z" << true;
        QTest::newRow("streamed after the licence") << "2026-03-04T00:00:00Z"
                                                    << "2026-03-04T00:00:30Z" << false;
    }

    void clocksThatDisagreeBeyondTheSkewAreAnAnomaly()
    {
        QFETCH(QString, licence);
        QFETCH(QString, streamed);
        QFETCH(bool, anomaly);
        PurchaseOrderItem item = march();
        item.licenseAcknowledged = true;
        if (!licence.isEmpty())
            item.timeOfFirstPlay = DateTimeOffset::parse(licence.toStdString());
        if (!streamed.isEmpty())
            item.timeUserFirstStreamed = DateTimeOffset::parse(streamed.toStdString());
        const Investigated resultRun({ rental(item) }, at("2026-03-04T01:00:00Z"));
        const ItemInvestigation& result = resultRun.only();
        QCOMPARE(raised(result, SignalKind::ClockAnomaly), anomaly);
    }

    void theVerdictWeighsTheSignalsByThePolicy()
    {
        // Expired unused (review) alone: review; weighed as supporting instead: due.
        const QList<PurchaseOrder> orders { rental(march()) };
        const DateTimeOffset later = at("2026-05-01T00:00:00Z");
        QCOMPARE(verdictOf(Investigated(orders, later).only()), QStringLiteral("review"));
        RefundPolicy policy;
        policy.weights[size_t(SignalKind::ExpiredUnused)] = SignalWeight::Supports;
        QCOMPARE(verdictOf(Investigated(orders, later, policy).only()), QStringLiteral("due"));
        policy.weights[size_t(SignalKind::ExpiredUnused)] = SignalWeight::Opposes;
        QCOMPARE(verdictOf(Investigated(orders, later, policy).only()), QStringLiteral("not-due"));

        // Something for and something against: a person decides.
        PurchaseOrderItem item = march();
        item.timeOfFirstPlay = at("2026-03-03T20:20:00Z");
        item.timeUserFirstStreamed = at("2026-03-03T20:21:00Z");
        item.licenseAcknowledged = true;
        Entitlement entitlement = entitlementOf(item);
        entitlement.lastPlayPosition = TimeSpan::fromSeconds(7000);
        const PurchaseOrder second
            = order(20, "2026-03-04T10:00:00Z", "Rental", { rentalItem(2, "FFX-1", "2026-03-04T10:00:00Z") });
        const Investigated both({ rental(item), second }, at("2026-03-04T11:00:00Z"), {},
            { { QStringLiteral("FFX-1"), entitlement } });
        QVERIFY(raised(both.item(1), SignalKind::Watched));
        QCOMPARE(verdictOf(both.item(1)), QStringLiteral("not-due"));
        QCOMPARE(verdictOf(both.item(2)), QStringLiteral("due")); // the duplicate, unwatched
        QVERIFY(both.item(2).unknowns.join(u' ').contains(QLatin1String("another item's (1)")));
    }

    void oneItemAloneGetsTheSameAnswerAsTheWholeCustomer()
    {
        QList<PurchaseOrder> orders;
        for (int i = 0; i < 6; ++i) {
            const QByteArray when = QStringLiteral("2026-03-0%1T10:00:00Z").arg(i + 1).toLatin1();
            orders.append(order(100 + i, when.constData(), i % 3 == 0 ? "EST" : "Rental",
                { rentalItem(i + 1, i % 2 ? "FFX-A" : "FFX-B", when.constData()) }));
        }
        const DateTimeOffset when = at("2026-03-06T12:00:00Z");
        const std::vector<ItemInvestigation> all = CustomerInvestigation::run(orders, {}, when);
        for (const ItemInvestigation& whole : all) {
            const std::optional<ItemInvestigation> alone
                = CustomerInvestigation::item(orders, whole.facts.itemId, {}, when);
            QVERIFY(alone);
            QCOMPARE(identifier(alone->state.state), identifier(whole.state.state));
            QCOMPARE(identifier(alone->verdict), identifier(whole.verdict));
            QCOMPARE(alone->raisedSignals.size(), whole.raisedSignals.size());
            for (qsizetype i = 0; i < whole.raisedSignals.size(); ++i)
                QCOMPARE(identifier(alone->raisedSignals[i].kind), identifier(whole.raisedSignals[i].kind));
        }
        QVERIFY(std::any_of(all.begin(), all.end(),
            [](const ItemInvestigation& item) { return item.signal(SignalKind::Duplicate) != nullptr; }));
        QVERIFY(!CustomerInvestigation::item(orders, 4711, {}, when));
    }

    void theNextChangeIsWhenTimeAloneChangesTheAnswer()
    {
        const Investigated freshRun({ rental(march()) }, at("2026-03-04T00:00:00Z"));
        const ItemInvestigation& fresh = freshRun.only();
        QCOMPARE(*fresh.nextChange, at("2026-03-05T20:14:00Z")); // the courtesy window closes
        const Investigated laterRun({ rental(march()) }, at("2026-03-06T00:00:00Z"));
        const ItemInvestigation& later = laterRun.only();
        QCOMPARE(*later.nextChange, at("2026-04-02T20:14:00Z")); // the rental ends
        QVERIFY(!Investigated({ rental(march()) }, at("2026-05-01T00:00:00Z")).only().nextChange);
    }
};

QTEST_GUILESS_MAIN(TestRefundSignals)
#include "tst_refundsignals.moc"
