// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileStore.h"
#include "investigation/RefundPolicyJson.h"
#include "models/AffiliateInvestigation.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ff;

// An affiliate's refund policy and time zone: kept with the connection profile (old profiles load
// with the defaults), and read into the context the orders tree is worked out with, where what
// does not read gives the defaults and a warning, never a failure.
class TestAffiliateInvestigation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ConnectionProfile profileWith(const AffiliateInfo& affiliate)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("p-1");
        profile.name = QStringLiteral("Staging");
        profile.platformUrl = QUrl(QStringLiteral("https://staging.filmflex.example/"));
        profile.affiliates = { affiliate };
        return profile;
    }

private slots:
    void thePolicyAndZoneAreSavedWithTheProfile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("saved.ini")), QSettings::IniFormat);
        ProfileStore store(settings);
        const AffiliateInfo affiliate { 1, QStringLiteral("FilmFlex UK"), QStringLiteral("GBP"),
            QStringLiteral(R"({"CourtesyWindowHours": 24})"), QStringLiteral("Europe/London") };
        store.save({ profileWith(affiliate) });
        QCOMPARE(store.profiles().constFirst().affiliates.constFirst(), affiliate);
    }

    void anOldProfileLoadsWithTheDefaults()
    {
        // As a version before the policy and zone were kept wrote it.
        const QString file = m_dir.filePath(QStringLiteral("old.ini"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.beginWriteArray(QStringLiteral("profiles"), 1);
            old.setArrayIndex(0);
            old.setValue(QStringLiteral("name"), QStringLiteral("Staging"));
            old.beginWriteArray(QStringLiteral("affiliates"), 1);
            old.setArrayIndex(0);
            old.setValue(QStringLiteral("id"), 1);
            old.setValue(QStringLiteral("name"), QStringLiteral("FilmFlex UK"));
            old.setValue(QStringLiteral("currency"), QStringLiteral("GBP"));
            old.endArray();
            old.endArray();
        }
        QSettings settings(file, QSettings::IniFormat);
        const ConnectionProfile profile = ProfileStore(settings).profiles().constFirst();
        const AffiliateInfo& affiliate = profile.affiliates.constFirst();
        QCOMPARE(affiliate.currency, QStringLiteral("GBP"));
        QVERIFY(affiliate.refundPolicy.isEmpty());
        QVERIFY(affiliate.timeZone.isEmpty());
        const AffiliateInvestigation::Context context = AffiliateInvestigation::contextFor(profile, 1);
        QVERIFY(context.warnings.isEmpty());
        QCOMPARE(context.context.policy, RefundPolicy());
        QCOMPARE(context.context.affiliateZone, QTimeZone::systemTimeZone());
        QVERIFY(!context.context.asOf); // now
    }

    void theProfilesValuesMakeTheContext()
    {
        const ConnectionProfile profile
            = profileWith({ 7, QStringLiteral("FilmFlex IE"), QStringLiteral("EUR"),
                QStringLiteral(R"({"CourtesyWindowHours": 24, "SignalWeights": {"duplicate": "review"}})"),
                QStringLiteral("Europe/Dublin") });
        const AffiliateInvestigation::Context context = AffiliateInvestigation::contextFor(profile, 7);
        QVERIFY(context.warnings.isEmpty());
        QCOMPARE(context.context.policy.courtesyWindowHours, 24);
        QCOMPARE(context.context.policy.weightOf(SignalKind::Duplicate), std::optional(SignalWeight::Review));
        QCOMPARE(context.context.policy.watchedPercent, RefundPolicy().watchedPercent); // missing: default
        QCOMPARE(context.context.affiliateZone, QTimeZone("Europe/Dublin"));
        // An affiliate the profile does not know: the defaults.
        QCOMPARE(AffiliateInvestigation::contextFor(profile, 8).context.policy, RefundPolicy());
    }

    void whatDoesNotReadGivesTheDefaultsAndAWarning()
    {
        const QString broken = QStringLiteral(R"({"CourtesyWindowHours": 24, "Colour": "red"})");
        const ConnectionProfile profile = profileWith({ 7, QStringLiteral("FilmFlex IE"),
            QStringLiteral("EUR"), broken, QStringLiteral("Europe/Atlantis") });
        const AffiliateInvestigation::Context context = AffiliateInvestigation::contextFor(profile, 7);
        QCOMPARE(context.context.policy, RefundPolicy());
        QCOMPARE(context.context.affiliateZone, QTimeZone::systemTimeZone());
        QCOMPARE(context.warnings.size(), 2);
        // The reader's own message, which names the key.
        QVERIFY(context.warnings.at(0).contains(RefundPolicyJson::read(broken.toUtf8()).error()));
        QVERIFY(context.warnings.at(0).contains(QLatin1String("Colour")));
        QVERIFY(context.warnings.at(1).contains(QLatin1String("Europe/Atlantis")));
        // Not JSON at all.
        QCOMPARE(
            AffiliateInvestigation::contextFor(
                profileWith({ 7, QStringLiteral("X"), QString(), QStringLiteral("{not json"), QString() }), 7)
                .warnings.size(),
            1);
        QVERIFY(!AffiliateInvestigation::policyProblem(QStringLiteral("{not json")).isEmpty());
        QVERIFY(AffiliateInvestigation::policyProblem(QString()).isEmpty());
        QVERIFY(AffiliateInvestigation::zoneProblem(QStringLiteral("Europe/London")).isEmpty());
        QVERIFY(!AffiliateInvestigation::zoneProblem(QStringLiteral("Europe/Atlantis")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAffiliateInvestigation)
#include "tst_affiliateinvestigation.moc"
