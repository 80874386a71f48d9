// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/domain/WriteVerification.h"

#include <QTest>

using namespace ff;

namespace {

PurchaseOrderItem item(qint64 id, qint64 offer, const char* ref, const char* price)
{
    PurchaseOrderItem item;
    item.id = id;
    item.offerId = offer;
    item.supplierRef = QString::fromLatin1(ref);
    item.unitPrice = *Decimal::fromString(price);
    return item;
}

PurchaseOrder order(QList<PurchaseOrderItem> items)
{
    PurchaseOrder order;
    order.id = 1001;
    order.purchaseOrderItemDtos = std::move(items);
    return order;
}

} // namespace

// Telling whether a write whose answer was lost landed, from the order read again.
class TestWriteVerification : public QObject
{
    Q_OBJECT

private slots:
    void anItemThatAppearedWasAdded()
    {
        const PurchaseOrderItem sent = item(0, 42, "FFX-1", "3.99");
        const auto v = WriteVerification::ofAddedItem(order({ item(1, 7, "A", "1.00") }), sent,
            order({ item(1, 7, "A", "1.00"), item(2, 42, "FFX-1", "3.990") }));
        QCOMPARE(v.verdict, WriteVerification::Verdict::Applied);
        QCOMPARE(v.itemId, 2);
    }

    void noNewItemMeansItWasNotAdded()
    {
        const PurchaseOrder before = order({ item(1, 7, "A", "1.00") });
        const auto v = WriteVerification::ofAddedItem(before, item(0, 42, "FFX-1", "3.99"), before);
        QCOMPARE(v.verdict, WriteVerification::Verdict::NotApplied);
    }

    void anIdenticalItemAlreadyThereCannotBeToldApart()
    {
        const PurchaseOrder before = order({ item(1, 42, "FFX-1", "3.99") });
        const auto unchanged = WriteVerification::ofAddedItem(before, item(0, 42, "FFX-1", "3.99"), before);
        QCOMPARE(unchanged.verdict, WriteVerification::Verdict::Uncertain);
        const auto grown = WriteVerification::ofAddedItem(before, item(0, 42, "FFX-1", "3.99"),
            order({ item(1, 42, "FFX-1", "3.99"), item(2, 42, "FFX-1", "3.99") }));
        QCOMPARE(grown.verdict, WriteVerification::Verdict::Uncertain);
        QVERIFY(grown.explanation.contains(QLatin1String("identical")));
    }

    void otherChangesMeanwhileAreNotGuessedAt()
    {
        const PurchaseOrder before = order({ item(1, 7, "A", "1.00") });
        const auto v = WriteVerification::ofAddedItem(before, item(0, 42, "FFX-1", "3.99"),
            order({ item(1, 7, "A", "1.00"), item(5, 9, "OTHER", "2.00") }));
        QCOMPARE(v.verdict, WriteVerification::Verdict::Uncertain);
        const auto twice = WriteVerification::ofAddedItem(before, item(0, 42, "FFX-1", "3.99"),
            order({ item(1, 7, "A", "1.00"), item(5, 42, "FFX-1", "3.99"), item(6, 42, "FFX-1", "3.99") }));
        QCOMPARE(twice.verdict, WriteVerification::Verdict::Uncertain);
    }

    void anAnswerIsAboutThisWriteOrItIsNoAnswer()
    {
        const PurchaseOrderItem sent = item(0, 42, "FFX-1", "3.99");
        const PurchaseOrder good = order({ item(1, 7, "A", "1.00"), item(2, 42, "FFX-1", "3.990") });
        QVERIFY(!WriteVerification::answerProblem(1001, sent, good));
        // {}: no id, no items
        QVERIFY(WriteVerification::answerProblem(1001, sent, PurchaseOrder()));
        // another order, with the very item in it
        PurchaseOrder another = good;
        another.id = 1002;
        const auto otherId = WriteVerification::answerProblem(1001, sent, another);
        QVERIFY(otherId);
        QVERIFY2(otherId->contains(QLatin1String("1002")), qPrintable(*otherId));
        // this order, without the item
        QVERIFY(WriteVerification::answerProblem(1001, sent, order({ item(1, 7, "A", "1.00") })));
        // the item as it was sent, never given an id
        QVERIFY(WriteVerification::answerProblem(1001, sent, order({ item(0, 42, "FFX-1", "3.99") })));
    }

    void anAcknowledgementAnswerIsAboutThisItem()
    {
        EntitlementV1 answer;
        answer.id = 5003;
        answer.licenseAcknowledged = true;
        QVERIFY(!WriteVerification::answerProblem(5003, answer));
        QVERIFY(WriteVerification::answerProblem(5004, answer));
        QVERIFY(WriteVerification::answerProblem(5003, EntitlementV1()));
        answer.licenseAcknowledged = false;
        QVERIFY(WriteVerification::answerProblem(5003, answer));
    }

    void notAppliedOnlyFromAReadAfterTheGracePeriod_data()
    {
        QTest::addColumn<int>("found");
        QTest::addColumn<bool>("afterGrace");
        QTest::addColumn<int>("verdict");
        using V = WriteVerification::Verdict;
        QTest::newRow("nothing yet, early") << int(V::NotApplied) << false << int(V::NotYetSeen);
        QTest::newRow("nothing, after the grace period") << int(V::NotApplied) << true << int(V::NotApplied);
        QTest::newRow("there, early") << int(V::Applied) << false << int(V::Applied);
        QTest::newRow("there, after") << int(V::Applied) << true << int(V::Applied);
        QTest::newRow("uncertain, early") << int(V::Uncertain) << false << int(V::Uncertain);
    }
    void notAppliedOnlyFromAReadAfterTheGracePeriod()
    {
        QFETCH(int, found);
        QFETCH(bool, afterGrace);
        QFETCH(int, verdict);
        WriteVerification read;
        read.verdict = WriteVerification::Verdict(found);
        read.explanation = QStringLiteral("as read");
        const WriteVerification concluded = WriteVerification::concluded(read, afterGrace);
        QCOMPARE(int(concluded.verdict), verdict);
        QVERIFY(!concluded.explanation.isEmpty());
    }

    void theGracePeriodIsAtLeastTheTimeoutAgain()
    {
        QCOMPARE(WriteVerification::gracePeriodMs(30'000), 30'000);
        QCOMPARE(WriteVerification::gracePeriodMs(1000), 1000);
        QVERIFY(WriteVerification::gracePeriodMs(0) >= 0);
    }

    void acknowledgements()
    {
        PurchaseOrderItem before = item(5, 1, "A", "1.00");
        before.licenseAcknowledged = false;
        PurchaseOrderItem after = before;
        QCOMPARE(WriteVerification::ofAcknowledgement(before, after).verdict,
            WriteVerification::Verdict::NotApplied);
        after.licenseAcknowledged = true;
        QCOMPARE(
            WriteVerification::ofAcknowledgement(before, after).verdict, WriteVerification::Verdict::Applied);
        before.licenseAcknowledged = true;
        QCOMPARE(WriteVerification::ofAcknowledgement(before, after).verdict,
            WriteVerification::Verdict::Uncertain);
    }
};

QTEST_GUILESS_MAIN(TestWriteVerification)
#include "tst_writeverification.moc"
