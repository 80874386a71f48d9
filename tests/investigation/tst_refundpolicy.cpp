// SPDX-License-Identifier: GPL-3.0-or-later
// The refund policy as JSON: the issue's defaults, a missing key taking its default, and a clear
// error for anything else, since a typo in a policy would change what agents are told.

#include "investigation/RefundPolicyJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace ff;

class TestRefundPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultsAreTheIssues()
    {
        const RefundPolicy policy;
        QCOMPARE(policy.courtesyWindowHours, 48);
        QCOMPARE(policy.earlyStopMinutes, 10);
        QCOMPARE(policy.watchedPercent, 90);
        QCOMPARE(policy.ownedOfferTypes, QList<QString> { QStringLiteral("EST") });
        QVERIFY(policy.ownedOfferTypeIds.isEmpty());
        QCOMPARE(policy.pendingStatusCodes, QList<QString> { QStringLiteral("PND") });
        QCOMPARE(policy.failedStatusCodes, (QList<QString> { QStringLiteral("FLD"), QStringLiteral("CAN") }));
        QCOMPARE(policy.refundedStatusCodes, QList<QString> { QStringLiteral("REF") });
        QCOMPARE(policy.clockSkewSeconds, 5);
        const auto weight = [&](SignalKind kind) {
            const std::optional<SignalWeight> w = policy.weightOf(kind);
            return w ? QString::fromLatin1(identifier(*w).data()) : QStringLiteral("none");
        };
        QCOMPARE(weight(SignalKind::UnwatchedInCourtesyWindow), QStringLiteral("supports"));
        QCOMPARE(weight(SignalKind::DeliveryFailure), QStringLiteral("supports"));
        QCOMPARE(weight(SignalKind::Duplicate), QStringLiteral("supports"));
        for (SignalKind kind : { SignalKind::ExpiredUnused, SignalKind::StoppedEarly, SignalKind::TermsDiffer,
                 SignalKind::ClockAnomaly, SignalKind::EntitlementConflict, SignalKind::BoxSetPartlyUsed })
            QCOMPARE(weight(kind), QStringLiteral("review"));
        QCOMPARE(weight(SignalKind::Watched), QStringLiteral("opposes"));
        QCOMPARE(weight(SignalKind::AlreadyRefunded), QStringLiteral("none"));
    }

    void anEmptyObjectIsTheDefaultsAndEveryValueRoundTrips()
    {
        QCOMPARE(*RefundPolicyJson::read(QByteArray("{}")), RefundPolicy());
        RefundPolicy changed;
        changed.courtesyWindowHours = 72;
        changed.ownedOfferTypeIds = { 2, 7 };
        changed.weights[size_t(SignalKind::Watched)] = SignalWeight::Review;
        QCOMPARE(*RefundPolicyJson::read(RefundPolicyJson::write(changed)), changed);
    }

    void aPartialPolicyKeepsTheOtherDefaults()
    {
        const auto policy = RefundPolicyJson::read(
            QByteArray(R"({"CourtesyWindowHours": 24, "SignalWeights": {"expired-unused": "supports"}})"));
        QVERIFY2(policy, qPrintable(policy ? QString() : policy.error()));
        QCOMPARE(policy->courtesyWindowHours, 24);
        QCOMPARE(policy->watchedPercent, 90);
        QCOMPARE(*policy->weightOf(SignalKind::ExpiredUnused), SignalWeight::Supports);
        QCOMPARE(*policy->weightOf(SignalKind::Watched), SignalWeight::Opposes);
    }

    void aByteOrderMarkIsAccepted()
    {
        QVERIFY(RefundPolicyJson::read(QByteArray("\xEF\xBB\xBF{\"WatchedPercent\": 80}")));
    }

    void mistakesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");

        QTest::newRow("unknown key") << QByteArray(R"({"CourtesyWindowHour": 48})")
                                     << "\"CourtesyWindowHour\"";
        QTest::newRow("wrong type") << QByteArray(R"({"CourtesyWindowHours": "48"})")
                                    << "CourtesyWindowHours";
        QTest::newRow("a fraction") << QByteArray(R"({"EarlyStopMinutes": 2.5})") << "EarlyStopMinutes";
        QTest::newRow("out of range") << QByteArray(R"({"WatchedPercent": 120})") << "WatchedPercent";
        QTest::newRow("not a list") << QByteArray(R"({"OwnedOfferTypes": "EST"})") << "OwnedOfferTypes";
        QTest::newRow("a number in a list of names")
            << QByteArray(R"({"PendingStatusCodes": [1]})") << "PendingStatusCodes";
        QTest::newRow("unknown weight word")
            << QByteArray(R"({"SignalWeights": {"watched": "maybe"}})") << "watched";
        QTest::newRow("unknown signal")
            << QByteArray(R"({"SignalWeights": {"watchd": "review"}})") << "\"watchd\"";
        QTest::newRow("a weight for already-refunded")
            << QByteArray(R"({"SignalWeights": {"already-refunded": "supports"}})") << "already-refunded";
        QTest::newRow("not an object") << QByteArray("[]") << "object";
        QTest::newRow("not JSON") << QByteArray("{CourtesyWindowHours: 48}") << "not valid JSON";
    }

    void mistakesAreClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto policy = RefundPolicyJson::read(json);
        QVERIFY(!policy);
        QVERIFY2(policy.error().contains(says), qPrintable(policy.error()));
    }
};

QTEST_GUILESS_MAIN(TestRefundPolicy)
#include "tst_refundpolicy.moc"
