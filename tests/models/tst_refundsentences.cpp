// SPDX-License-Identifier: GPL-3.0-or-later
// What an investigation says for a customer: the real dates in the affiliate's time zone, named,
// in the agent's language conventions, and the numbers from the evidence.

#include "models/RefundSentences.h"
#include "tests/investigation/InvestigationData.h"

#include <QTest>

using namespace ff;
using namespace ff::test;

class TestRefundSentences final : public QObject
{
    Q_OBJECT

private slots:
    void theCourtesySentenceNamesTheDayTheTimeAndTheZone_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en_GB, London in winter")
            << "en_GB" << QByteArray("Europe/London")
            << "You rented it on Tuesday, 3 March 2026 at 20:14 GMT; it has "
               "not been played or downloaded on any device.";
        QTest::newRow("de_DE, Berlin")
            << "de_DE" << QByteArray("Europe/Berlin") << "Dienstag, 3. März 2026 at 21:14 CET";
        QTest::newRow("pl_PL, Warsaw")
            << "pl_PL" << QByteArray("Europe/Warsaw") << "wtorek, 3 marca 2026 at 21:14";
        QTest::newRow("fr_FR, UTC+4 has no name: its offset")
            << "fr_FR" << QByteArray("Asia/Dubai") << "mercredi 4 mars 2026 at 00:14 +04:00";
    }

    void theCourtesySentenceNamesTheDayTheTimeAndTheZone()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const Investigated result(
            { rental(rentalItem(1, "FFX-1", "2026-03-03T20:14:00Z")) }, at("2026-03-04T00:00:00Z"));
        const ItemInvestigation& item = result.only();
        const RefundSentences sentences(QLocale(locale), QTimeZone(zone), QStringLiteral("GBP"));
        const QString said = sentences.sentence(*item.signal(SignalKind::UnwatchedInCourtesyWindow), item);
        QVERIFY2(said.contains(expected), qPrintable(said));
    }

    void watchedSaysHowFarItPlayed()
    {
        PurchaseOrderItem film = rentalItem(1, "FFX-1", "2026-03-03T20:14:00Z");
        film.timeOfFirstPlay = at("2026-03-03T20:20:00Z");
        film.timeUserFirstStreamed = at("2026-03-03T20:21:00Z");
        film.licenseAcknowledged = true;
        Entitlement entitlement = entitlementOf(film);
        entitlement.lastPlayPosition = TimeSpan::fromSeconds(1 * 3600 + 52 * 60 + 10);
        const Investigated result(
            { rental(film) }, at("2026-03-04T00:00:00Z"), {}, { { QStringLiteral("FFX-1"), entitlement } });
        const RefundSentences sentences(QLocale(QStringLiteral("en_GB")), QTimeZone("Europe/London"));
        const ItemInvestigation& item = result.only();
        QCOMPARE(sentences.sentence(*item.signal(SignalKind::Watched), item),
            QStringLiteral("It played to 1 h 52 min of 1 h 58 min."));
        QCOMPARE(sentences.stateLine(item), QStringLiteral("Active, 1 d 20 h left"));
    }

    void aDuplicateNamesTheEarlierOrderAndWhichCopyWasNeverPlayed()
    {
        const PurchaseOrder first
            = order(10, "2026-03-03T20:14:00Z", "Rental", { rentalItem(1, "FFX-D", "2026-03-03T20:14:00Z") });
        const PurchaseOrder second
            = order(20, "2026-03-04T09:00:00Z", "Rental", { rentalItem(2, "FFX-D", "2026-03-04T09:00:00Z") });
        const Investigated result({ first, second }, at("2026-03-04T10:00:00Z"));
        const RefundSentences sentences(QLocale(QStringLiteral("en_GB")), QTimeZone("Europe/London"));
        const ItemInvestigation& later = result.item(2);
        const QString said = sentences.sentence(*later.signal(SignalKind::Duplicate), later);
        QVERIFY2(said.contains(QLatin1String("order 10")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("running until Thursday, 2 April 2026 at 21:14 BST")),
            qPrintable(said));
        QVERIFY2(
            said.contains(QLatin1String("Neither copy has been played or downloaded.")), qPrintable(said));
    }

    void aRefundNamesItsReferenceAndTheOrder()
    {
        PurchaseOrder refunded = rental(rentalItem(1, "FFX-1", "2026-03-03T20:14:00Z"));
        refunded.paymentProviderRefundTransId = QStringLiteral("re_3MtwBw");
        const Investigated result({ refunded }, at("2026-03-04T00:00:00Z"));
        const RefundSentences sentences(QLocale(QStringLiteral("en_GB")), QTimeZone("Europe/London"));
        const ItemInvestigation& item = result.only();
        QCOMPARE(sentences.sentence(*item.signal(SignalKind::AlreadyRefunded), item),
            QStringLiteral(
                "Order 10 was already refunded (reference re_3MtwBw); the refund covers every item in it."));
    }

    // A Download-To-Rent item on an order bought to keep: the sentence names the order's offer
    // type (its name, else its id) and says the title is marked as a rental, with no empty
    // entitlement type standing in.
    void aDownloadToRentItemBoughtToKeepSaysBothSides_data()
    {
        QTest::addColumn<QString>("offerType");
        QTest::addColumn<qint64>("offerTypeId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("by name") << "EST" << qint64(0)
                                 << "The order says \"EST\", bought to keep, but the title is marked as a "
                                    "download-to-rent rental.";
        QTest::newRow("by id") << QString() << qint64(2)
                               << "The order says \"2\", bought to keep, but the title is marked as a "
                                  "download-to-rent rental.";
    }

    void aDownloadToRentItemBoughtToKeepSaysBothSides()
    {
        QFETCH(QString, offerType);
        QFETCH(qint64, offerTypeId);
        QFETCH(QString, expected);
        PurchaseOrderItem film = rentalItem(1, "FFX-1", "2026-03-03T20:14:00Z");
        film.isDtr = true;
        PurchaseOrder kept = order(7, "2026-03-03T20:14:00Z", "EST", { film });
        RefundPolicy policy;
        if (offerTypeId) {
            kept.offerType.reset();
            kept.offerTypeId = offerTypeId;
            policy.ownedOfferTypeIds = { offerTypeId };
        }
        const Investigated result({ kept }, at("2026-03-04T00:00:00Z"), policy);
        const RefundSentences sentences(QLocale(QStringLiteral("en_GB")), QTimeZone("Europe/London"));
        const ItemInvestigation& item = result.only();
        QCOMPARE(sentences.sentence(*item.signal(SignalKind::EntitlementConflict), item), expected);
    }
};

QTEST_GUILESS_MAIN(TestRefundSentences)
#include "tst_refundsentences.moc"
