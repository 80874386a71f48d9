// SPDX-License-Identifier: GPL-3.0-or-later
// An item's state at an instant, at every boundary the pages' words draw: the rental's end
// (exactly at it, a millisecond either side), offsets other than UTC and none at all, 0001-01-01
// and missing dates, items bought to keep that carry rental fields, Download-To-Rent, an item
// added to an old order, the platform's expiry against the computed one, and an entitlement that
// is another item's.

#include "tests/investigation/InvestigationData.h"

#include <QTest>

using namespace ff;
using namespace ff::test;

Q_DECLARE_METATYPE(ff::PurchaseOrder)
Q_DECLARE_METATYPE(ff::Entitlement)

namespace {

// Bought 3 March 2026 20:14 UTC, 30 days to start, 48 hours once started.
PurchaseOrderItem march(qint64 id = 1)
{
    return rentalItem(id, "FFX-1", "2026-03-03T20:14:00Z");
}

PurchaseOrderItem licensed(PurchaseOrderItem item, const char* when)
{
    item.timeOfFirstPlay = at(when);
    return item;
}

PurchaseOrderItem streamed(PurchaseOrderItem item, const char* when)
{
    item.timeUserFirstStreamed = at(when);
    return item;
}

} // namespace

class TestItemState final : public QObject
{
    Q_OBJECT

private slots:
    void stateAtAnInstant_data()
    {
        QTest::addColumn<PurchaseOrder>("order");
        QTest::addColumn<DateTimeOffset>("when");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("timeLeft"); // -1: none

        const auto row = [](const char* name, PurchaseOrder order, const char* when, ItemState state,
                             qint64 timeLeft = -1) {
            QTest::newRow(name) << order << at(when) << int(state) << timeLeft;
        };
        const PurchaseOrderItem fresh = march();
        // The 30-day window ends 2 April 2026 20:14:00 UTC.
        row("not started, days left", rental(fresh), "2026-03-04T00:00:00Z", ItemState::NotStarted,
            29 * 86'400 + 20 * 3600 + 14 * 60);
        row("not started, 1 ms before the end", rental(fresh), "2026-04-02T20:13:59.999Z",
            ItemState::NotStarted, 0);
        row("exactly at the end: ended", rental(fresh), "2026-04-02T20:14:00Z", ItemState::ExpiredUnused);
        row("1 ms after the end", rental(fresh), "2026-04-02T20:14:00.001Z", ItemState::ExpiredUnused);
        row("the end in another offset is the same instant", rental(fresh), "2026-04-02T22:14:00+02:00",
            ItemState::ExpiredUnused);
        row("1 ms before, written in another offset", rental(fresh), "2026-04-02T15:13:59.999-05:00",
            ItemState::NotStarted, 0);

        // A licence on 5 March 10:00 starts the 48 hours: the end is 7 March 10:00, the earlier.
        const PurchaseOrderItem started = licensed(fresh, "2026-03-05T10:00:00Z");
        row("licence issued: active", rental(started), "2026-03-06T10:00:00Z", ItemState::Active, 86'400);
        row("active 1 ms before the view window ends", rental(started), "2026-03-07T09:59:59.999Z",
            ItemState::Active, 0);
        row("licence but never streamed, at the end", rental(started), "2026-03-07T10:00:00Z",
            ItemState::ExpiredUnused);
        row("streamed, after the end", rental(streamed(started, "2026-03-05T10:01:00Z")),
            "2026-03-08T00:00:00Z", ItemState::ExpiredWatched);
        PurchaseOrderItem downloaded = started;
        downloaded.timeUserFirstDownloaded = at("2026-03-05T10:02:00Z");
        row("downloaded only counts as played", rental(downloaded), "2026-03-08T00:00:00Z",
            ItemState::ExpiredWatched);
        PurchaseOrderItem streamedNoLicence = fresh;
        streamedNoLicence.timeUserFirstStreamed = at("2026-03-05T10:01:00Z");
        row("streamed with no licence is started", rental(streamedNoLicence), "2026-03-06T00:00:00Z",
            ItemState::Active, 27 * 86'400 + 20 * 3600 + 14 * 60);

        // Elapsed time, not calendar days: one day bought at noon UTC on 28 March 2026 ends at noon
        // UTC on the 29th although the UK's clocks go forward that night.
        PurchaseOrderItem oneDay = rentalItem(2, "FFX-2", "2026-03-28T12:00:00Z", 1, 48);
        row("a day is 86 400 s across a clock change", rental(oneDay), "2026-03-29T11:30:00Z",
            ItemState::NotStarted, 1800);
        PurchaseOrderItem noOffset = rentalItem(3, "FFX-3", "2026-03-03T20:14:00", 30, 48);
        row("a date with no offset is read as UTC", rental(noOffset), "2026-04-02T20:14:00Z",
            ItemState::ExpiredUnused);

        PurchaseOrderItem yearOne = fresh;
        yearOne.timeOfFirstPlay = at("0001-01-01T00:00:00");
        row("0001-01-01 is no licence", rental(yearOne), "2026-03-10T00:00:00Z", ItemState::NotStarted,
            23 * 86'400 + 20 * 3600 + 14 * 60);
        PurchaseOrderItem noItemDate = fresh;
        noItemDate.createdDate.reset();
        PurchaseOrder fromOrder = rental(noItemDate);
        fromOrder.createDate = at("2026-03-01T00:00:00Z");
        row("no CreatedDate: the order's CreateDate", fromOrder, "2026-03-31T00:00:00Z",
            ItemState::ExpiredUnused);
        PurchaseOrderItem addedLater = fresh;
        PurchaseOrder oldOrder = rental(addedLater);
        oldOrder.createDate = at("2025-01-01T09:00:00Z");
        row("an item added to an old order was bought when added", oldOrder, "2026-03-10T00:00:00Z",
            ItemState::NotStarted, 23 * 86'400 + 20 * 3600 + 14 * 60);
        PurchaseOrderItem undated = fresh;
        undated.createdDate = at("0001-01-01T00:00:00Z");
        PurchaseOrder noDates = rental(undated);
        noDates.createDate.reset();
        row("no purchase date at all: unknown", noDates, "2026-03-10T00:00:00Z", ItemState::Unknown);

        PurchaseOrderItem noRentalTime = fresh;
        noRentalTime.rentalTime.reset();
        row("no RentalTime and no licence: unknown", rental(noRentalTime), "2026-03-10T00:00:00Z",
            ItemState::Unknown);
        row("no RentalTime, licence and ViewTime: the view window",
            rental(licensed(noRentalTime, "2026-03-05T10:00:00Z")), "2026-03-07T10:00:00Z",
            ItemState::ExpiredUnused);
        PurchaseOrderItem negative = fresh;
        negative.rentalTime = -3;
        row("a negative RentalTime: unknown", rental(negative), "2026-03-10T00:00:00Z", ItemState::Unknown);

        PurchaseOrderItem dtr = fresh;
        dtr.isDtr = true;
        row("Download-To-Rent is a rental", rental(dtr), "2026-04-03T00:00:00Z", ItemState::ExpiredUnused);
        PurchaseOrderItem keep = fresh;
        keep.rentalTime = 1; // meaningless on a purchase to keep
        keep.viewTime = 1;
        row("bought to keep, rental fields ignored", order(7, "2026-03-03T20:14:00Z", "EST", { keep }),
            "2027-01-01T00:00:00Z", ItemState::OwnedUnplayed);
        row("bought to keep, offer type in any case", order(7, "2026-03-03T20:14:00Z", "est", { keep }),
            "2027-01-01T00:00:00Z", ItemState::OwnedUnplayed);
        row("bought to keep and streamed",
            order(7, "2026-03-03T20:14:00Z", "EST", { streamed(keep, "2026-03-04T00:00:00Z") }),
            "2027-01-01T00:00:00Z", ItemState::OwnedPlayed);
        PurchaseOrder noOfferType = rental(fresh);
        noOfferType.offerType.reset();
        row("no offer type: unknown", noOfferType, "2026-03-10T00:00:00Z", ItemState::Unknown);

        // First match wins: unpaid, refunded, deleted.
        PurchaseOrder pendingWithRefund = rental(fresh, "PND");
        pendingWithRefund.paymentProviderRefundTransId = QStringLiteral("R-1");
        row("pending wins over a refund reference", pendingWithRefund, "2026-03-10T00:00:00Z",
            ItemState::Unpaid);
        row("failed is unpaid", rental(fresh, "FLD"), "2026-03-10T00:00:00Z", ItemState::Unpaid);
        row("cancelled is unpaid", rental(fresh, "can"), "2026-03-10T00:00:00Z", ItemState::Unpaid);
        row("refunded status", rental(fresh, "REF"), "2026-03-10T00:00:00Z", ItemState::Refunded);
        PurchaseOrder refundReference = rental(fresh);
        refundReference.paymentProviderRefundTransId = QStringLiteral("R-2");
        row("a refund reference on a completed order", refundReference, "2026-03-10T00:00:00Z",
            ItemState::Refunded);
        PurchaseOrderItem deleted = fresh;
        deleted.deleted = true;
        row("deleted", rental(deleted), "2026-03-10T00:00:00Z", ItemState::Deleted);
        row("refunded wins over deleted", rental(deleted, "REF"), "2026-03-10T00:00:00Z",
            ItemState::Refunded);
    }

    void stateAtAnInstant()
    {
        QFETCH(PurchaseOrder, order);
        QFETCH(DateTimeOffset, when);
        QFETCH(int, state);
        QFETCH(qint64, timeLeft);
        const Investigated result({ order }, when);
        const ItemInvestigation& item = result.only();
        QCOMPARE(identifier(item.state.state), identifier(ItemState(state)));
        QCOMPARE(item.state.timeLeftSeconds.value_or(-1), timeLeft);
        if (item.state.state == ItemState::Unknown)
            QVERIFY2(!item.unknowns.isEmpty(), "an unknown state says why");
    }

    void theItemsOwnEntitlementDecidesTheEnd_data()
    {
        QTest::addColumn<Entitlement>("entitlement");
        QTest::addColumn<DateTimeOffset>("when");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("conflict");

        const PurchaseOrderItem item = march();
        Entitlement earlier = entitlementOf(item);
        earlier.rentalExpiryTime = at("2026-03-10T00:00:00Z");
        QTest::newRow("the platform's earlier end wins")
            << earlier << at("2026-03-10T00:00:00Z") << int(ItemState::ExpiredUnused) << true;
        Entitlement agreeing = entitlementOf(item);
        agreeing.rentalExpiryTime = at("2026-04-02T20:14:05Z"); // within the 5 s clock skew
        QTest::newRow("within the skew: no conflict")
            << agreeing << at("2026-04-02T20:14:04Z") << int(ItemState::NotStarted) << false;
        Entitlement apart = entitlementOf(item);
        apart.rentalExpiryTime = at("2026-04-02T20:14:06Z");
        QTest::newRow("6 s apart: a conflict")
            << apart << at("2026-04-02T20:14:05Z") << int(ItemState::NotStarted) << true;
        Entitlement never = entitlementOf(item);
        never.rentalExpiryTime = at("9999-12-31T23:59:59.9999999Z");
        QTest::newRow("9999-12-31 is no expiry: the computed end")
            << never << at("2026-04-02T20:14:00Z") << int(ItemState::ExpiredUnused) << false;
        Entitlement another = entitlementOf(item);
        another.id = 999;
        another.rentalExpiryTime = at("2026-03-05T00:00:00Z");
        QTest::newRow("another item's entitlement is not used")
            << another << at("2026-03-06T00:00:00Z") << int(ItemState::NotStarted) << false;
        Entitlement kept = entitlementOf(item);
        kept.entitlementType = EntitlementType { 2, QStringLiteral("Purchase") };
        QTest::newRow("types disagree: unknown")
            << kept << at("2026-03-06T00:00:00Z") << int(ItemState::Unknown) << true;
    }

    void theItemsOwnEntitlementDecidesTheEnd()
    {
        QFETCH(Entitlement, entitlement);
        QFETCH(DateTimeOffset, when);
        QFETCH(int, state);
        QFETCH(bool, conflict);
        const Investigated result(
            { rental(march()) }, when, {}, { { QStringLiteral("FFX-1"), entitlement } });
        const ItemInvestigation& item = result.only();
        QCOMPARE(identifier(item.state.state), identifier(ItemState(state)));
        QCOMPARE(item.signal(SignalKind::EntitlementConflict) != nullptr, conflict);
        if (entitlement.id != 1)
            QVERIFY(item.unknowns.join(u' ').contains(QLatin1String("another item's (999)")));
    }

    // IsDtr is Download-To-Rent: a rental. On an order whose offer type says bought to keep (by
    // name or by id), the two contradict each other: the state is unknown and the entitlement
    // conflict carries IsDtr and the order's offer type. IsDtr false or absent says nothing (a
    // streamed rental is not downloaded), so on a rental order there is nothing to contradict.
    void aDownloadToRentItemBoughtToKeepIsAConflict_data()
    {
        QTest::addColumn<PurchaseOrder>("order");
        QTest::addColumn<QList<qint64>>("ownedIds");
        QTest::addColumn<Entitlement>("entitlement"); // no Id: none asked
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("dtrConflict");
        QTest::addColumn<bool>("typeConflict");

        const auto keep = [](std::optional<bool> isDtr) {
            PurchaseOrderItem item = march();
            item.isDtr = isDtr;
            return order(7, "2026-03-03T20:14:00Z", "EST", { item });
        };
        const auto row
            = [](const char* name, PurchaseOrder order, ItemState state, bool dtrConflict,
                  bool typeConflict = false, Entitlement entitlement = {}, QList<qint64> ownedIds = {}) {
                  QTest::newRow(name)
                      << order << ownedIds << entitlement << int(state) << dtrConflict << typeConflict;
              };
        row("EST and IsDtr: unknown", keep(true), ItemState::Unknown, true);
        row("EST and IsDtr false: owned", keep(false), ItemState::OwnedUnplayed, false);
        row("EST and no IsDtr: owned", keep(std::nullopt), ItemState::OwnedUnplayed, false);
        PurchaseOrder byId = keep(true);
        byId.offerType.reset();
        byId.offerTypeId = 2;
        row("owned by OfferTypeId and IsDtr: unknown", byId, ItemState::Unknown, true, false, {}, { 2 });
        row("the same order when the policy names no such id: a rental", byId, ItemState::ExpiredUnused,
            false);
        PurchaseOrderItem rented = march();
        rented.isDtr = true;
        row("a rental order and IsDtr agree", rental(rented), ItemState::ExpiredUnused, false);
        PurchaseOrder refunded = keep(true);
        refunded.status = PurchaseOrderStatus { 1, QStringLiteral("REF"), QStringLiteral("REF") };
        row("a refund wins over the contradiction", refunded, ItemState::Refunded, false);

        // The item's own entitlement says IsDtr where the item does not: the same contradiction.
        PurchaseOrderItem plain = march();
        plain.isDtr = false;
        Entitlement ownFlag = entitlementOf(plain);
        ownFlag.entitlementType = EntitlementType { 2, QStringLiteral("Purchase") };
        ownFlag.isDtr = true;
        row("the item's own entitlement says IsDtr", keep(false), ItemState::Unknown, true, false, ownFlag);
        // Another item's entitlement is not this item's word: only the item's own flag counts.
        Entitlement another = ownFlag;
        another.id = 999;
        row("another item's entitlement with IsDtr is not used", keep(false), ItemState::OwnedUnplayed, false,
            false, another);
        // Both the entitlement's type and IsDtr say rental: both are in the evidence.
        Entitlement rentalType = entitlementOf(plain);
        rentalType.isDtr = true;
        row("IsDtr and a rental entitlement type", keep(true), ItemState::Unknown, true, true, rentalType);
    }

    void aDownloadToRentItemBoughtToKeepIsAConflict()
    {
        QFETCH(PurchaseOrder, order);
        QFETCH(QList<qint64>, ownedIds);
        QFETCH(Entitlement, entitlement);
        QFETCH(int, state);
        QFETCH(bool, dtrConflict);
        QFETCH(bool, typeConflict);
        RefundPolicy policy;
        policy.ownedOfferTypeIds = ownedIds;
        QHash<QString, Entitlement> entitlements;
        if (entitlement.id)
            entitlements.insert(QStringLiteral("FFX-1"), entitlement);
        const Investigated result({ order }, at("2026-04-03T00:00:00Z"), policy, entitlements);
        const ItemInvestigation& item = result.only();
        QCOMPARE(identifier(item.state.state), identifier(ItemState(state)));
        QCOMPARE(item.state.rentalFlagOnOwned, dtrConflict);
        QCOMPARE(item.state.typesDisagree, typeConflict);
        const RefundSignal* conflict = item.signal(SignalKind::EntitlementConflict);
        QCOMPARE(conflict != nullptr, dtrConflict || typeConflict);
        if (!dtrConflict) {
            QVERIFY(!conflict || !conflict->value(u"IsDtr"));
            return;
        }
        QVERIFY2(item.state.unknownReason.contains(QLatin1String("Download-To-Rent (IsDtr)")),
            qPrintable(item.state.unknownReason));
        QVERIFY2(
            item.unknowns.join(u' ').contains(QLatin1String("IsDtr")), "the reason is among the unknowns");
        QCOMPARE(std::get<bool>(*conflict->value(u"IsDtr")), true);
        QCOMPARE(conflict->value(u"OfferType") != nullptr, true);
        QCOMPARE(conflict->value(u"OfferTypeId") != nullptr, true);
        if (order.offerTypeId)
            QCOMPARE(std::get<qint64>(*conflict->value(u"OfferTypeId")), *order.offerTypeId);
        else
            QCOMPARE(std::get<QString>(*conflict->value(u"OfferType")), QStringLiteral("EST"));
        QCOMPARE(conflict->value(u"EntitlementType.Name") != nullptr, typeConflict);
        QCOMPARE(identifier(item.verdict), identifier(RefundVerdict::Review));
    }

    void anOfferTypeIdCanMarkPurchasesToKeep()
    {
        PurchaseOrder byId = rental(march());
        byId.offerType.reset();
        byId.offerTypeId = 2;
        RefundPolicy policy;
        QCOMPARE(identifier(Investigated({ byId }, at("2027-01-01T00:00:00Z"), policy).only().state.state),
            identifier(ItemState::ExpiredUnused));
        policy.ownedOfferTypeIds = { 2 };
        QCOMPARE(identifier(Investigated({ byId }, at("2027-01-01T00:00:00Z"), policy).only().state.state),
            identifier(ItemState::OwnedUnplayed));
    }

    void theRentalEndKeepsTheOffsetItWasWrittenIn()
    {
        PurchaseOrderItem item = rentalItem(4, "FFX-4", "2026-03-03T21:14:00+01:00");
        const Investigated result({ rental(item) }, at("2026-03-04T00:00:00Z"));
        const DateTimeOffset end = *result.only().window.end;
        QCOMPARE(end.offsetSeconds(), 3600);
        QCOMPARE(QByteArray(end.toIsoString()), QByteArray("2026-04-02T21:14:00+01:00"));
    }
};

QTEST_GUILESS_MAIN(TestItemState)
#include "tst_itemstate.moc"
