// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/profile/ConnectionProfile.h"
#include "models/AffiliateInvestigation.h"
#include "tests/support/KeychainTestKit.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ff;
using namespace ff::ui;

namespace {

const QString TestService = QStringLiteral("FilmFlex Agent Console tests");
const QString StagingId = QStringLiteral("6f1d3c1e-0d0b-4a38-9d57-5a0c6b1f2e11");

void click(QDialog& dialog, const char* button)
{
    auto* found = dialog.findChild<QPushButton*>(QLatin1String(button));
    QVERIFY2(found, button);
    QTest::mouseClick(found, Qt::LeftButton);
}

void press(QDialog& dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton* button = dialog.findChild<QDialogButtonBox*>()->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

// The profile form as an agent or their admin fills it in: it offers what the chosen
// authentication uses, and nothing of the built-in sandbox's connection; what it does to the
// secrets in a real keychain (gnome-keyring in a private D-Bus session), only once saved; and
// the proxy it refuses.
class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_keychain { TestService };

    bool storeSecret(const QString& id, const QString& secret)
    {
        return ff::test::storeSecret(m_keychain, id, secret);
    }
    QString secretOf(const QString& id) { return ff::test::secretOf(m_keychain, id); }
    // Lets keychain jobs the dialog started finish: they answer in the order they were asked, so
    // one asked after them answers after them.
    void settle() { secretOf(QStringLiteral("settle")); }

    static ConnectionProfile staging()
    {
        ConnectionProfile profile;
        profile.id = StagingId;
        profile.name = QStringLiteral("Staging");
        profile.platformUrl = QUrl(QStringLiteral("https://staging.filmflex.example/"));
        profile.adminUrl = profile.platformUrl;
        return profile;
    }

private slots:
    void theFormOffersWhatTheAuthenticationUses()
    {
        // Nothing here reaches the keychain: only the form is looked at.
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ProfilesDialog dialog({ staging() }, &credentials, true);
        auto* scheme = dialog.findChild<QComboBox*>(QStringLiteral("authScheme"));
        auto* header = dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyHeader"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("basicUser"));
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        QVERIFY(scheme && header && user && secret);

        scheme->setCurrentIndex(scheme->findData(QStringLiteral("bearer")));
        QVERIFY(!header->isEnabled());
        QVERIFY(!user->isEnabled());
        QVERIFY(secret->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("apikey")));
        QVERIFY(header->isEnabled());
        QVERIFY(!user->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("basic")));
        QVERIFY(!header->isEnabled());
        QVERIFY(user->isEnabled());
        QVERIFY(secret->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("none")));
        QVERIFY(!secret->isEnabled());
    }

    void theBuiltInSandboxsConnectionCannotBeEdited()
    {
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ConnectionProfile sandbox;
        sandbox.name = QStringLiteral("Sandbox (test data)");
        sandbox.isBuiltInSandbox = true;
        sandbox.platformUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
        ProfilesDialog dialog({ sandbox }, &credentials, true);
        for (const char* name : { "authScheme", "apiKeyHeader", "basicUser", "secret" }) {
            auto* field = dialog.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(field && !field->isEnabled(), name);
        }
    }

    void removingAndCancellingRemovesNothing()
    {
        QVERIFY(storeSecret(StagingId, QStringLiteral("staging-secret")));
        ProfilesDialog dialog({ staging() }, &m_keychain, true);
        QSignalSpy saved(&dialog, &ProfilesDialog::profilesSaved);
        dialog.show();
        click(dialog, "removeProfile");
        QCOMPARE(dialog.findChild<QListWidget*>()->count(), 0);
        press(dialog, QDialogButtonBox::Cancel);
        settle();
        QCOMPARE(saved.count(), 0);
        QCOMPARE(secretOf(StagingId), QStringLiteral("staging-secret"));
    }

    void removingAndSavingRemovesTheSecret()
    {
        QVERIFY(storeSecret(StagingId, QStringLiteral("staging-secret")));
        ConnectionProfile other = staging();
        other.id = ConnectionProfile::newId();
        other.name = QStringLiteral("Other");
        ProfilesDialog dialog({ staging(), other }, &m_keychain, true);
        QSignalSpy saved(&dialog, &ProfilesDialog::profilesSaved);
        dialog.show();
        dialog.findChild<QListWidget*>()->setCurrentRow(0);
        click(dialog, "removeProfile");
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 1);
        settle();
        QVERIFY(secretOf(StagingId).startsWith(QLatin1String("(none")));
    }

    void aRenamedProfileKeepsItsSecretAndANewOneWithItsOldNameGetsNone()
    {
        QVERIFY(storeSecret(StagingId, QStringLiteral("staging-secret")));
        ProfilesDialog dialog({ staging() }, &m_keychain, true);
        QSignalSpy saved(&dialog, &ProfilesDialog::profilesSaved);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
        QVERIFY(name);
        name->setText(QStringLiteral("Staging (EU)"));
        // a new profile takes the old name, with a secret of its own typed in
        click(dialog, "addProfile");
        name->setText(QStringLiteral("Staging"));
        dialog.findChild<QLineEdit*>(QStringLiteral("platformUrl"))
            ->setText(QStringLiteral("https://staging.filmflex.example/"));
        dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->setText(QStringLiteral("new-secret"));
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 1);
        const auto profiles = saved.first().first().value<QList<ConnectionProfile>>();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles[0].id, StagingId);
        QCOMPARE(profiles[0].name, QStringLiteral("Staging (EU)"));
        QCOMPARE(profiles[1].name, QStringLiteral("Staging"));
        QVERIFY(!profiles[1].id.isEmpty());
        QVERIFY(profiles[1].id != StagingId);
        settle();
        QCOMPARE(secretOf(StagingId), QStringLiteral("staging-secret"));
        QCOMPARE(secretOf(profiles[1].id), QStringLiteral("new-secret"));
    }

    void aProxyWithAUserOrPasswordIsRefused_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::newRow("user and password") << QStringLiteral("http://agent:pa55@proxy.filmflex.example:3128");
        QTest::newRow("user only") << QStringLiteral("http://agent@proxy.filmflex.example:3128");
        QTest::newRow("without a scheme") << QStringLiteral("agent:pa55@proxy.filmflex.example:3128");
    }
    void aProxyWithAUserOrPasswordIsRefused()
    {
        QFETCH(QString, proxy);
        ProfilesDialog dialog({ staging() }, &m_keychain, true);
        QSignalSpy saved(&dialog, &ProfilesDialog::profilesSaved);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("proxy"))->setText(proxy);
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog.isVisible());
        const QString problem = dialog.findChild<QLabel*>(QStringLiteral("profileProblem"))->text();
        QVERIFY2(
            problem.contains(QLatin1String("Proxy authentication is not supported")), qPrintable(problem));

        // without them it is saved
        dialog.findChild<QLineEdit*>(QStringLiteral("proxy"))
            ->setText(QStringLiteral("proxy.filmflex.example:3128"));
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 1);
    }

    void anAffiliatesZoneAndRefundPolicyAreCheckedOnSave()
    {
        ConnectionProfile profile = staging();
        profile.affiliates = { { 1, QStringLiteral("FilmFlex UK"), QStringLiteral("GBP") } };
        ProfilesDialog dialog({ profile }, &m_keychain, true);
        QSignalSpy saved(&dialog, &ProfilesDialog::profilesSaved);
        dialog.show();
        auto* affiliates = dialog.findChild<QTableWidget*>(QStringLiteral("affiliates"));
        QVERIFY(affiliates);
        QCOMPARE(affiliates->columnCount(), 5);
        auto problem = [&] { return dialog.findChild<QLabel*>(QStringLiteral("profileProblem"))->text(); };

        affiliates->item(0, 3)->setText(QStringLiteral("Mars/Olympus_Mons"));
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 0);
        QVERIFY2(problem().contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(problem()));

        affiliates->item(0, 3)->setText(QStringLiteral("Europe/London"));
        const QString wrongType = QStringLiteral(R"({"CourtesyWindowHours": "two days"})");
        affiliates->item(0, 4)->setText(wrongType);
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 0);
        // The policy reader's own words, which name the key.
        QVERIFY(!AffiliateInvestigation::policyProblem(wrongType).isEmpty());
        QVERIFY2(problem().contains(AffiliateInvestigation::policyProblem(wrongType)), qPrintable(problem()));
        QVERIFY(problem().contains(QLatin1String("CourtesyWindowHours")));

        const QString policy = QStringLiteral(R"({"CourtesyWindowHours": 24})");
        affiliates->item(0, 4)->setText(policy);
        press(dialog, QDialogButtonBox::Save);
        QCOMPARE(saved.count(), 1);
        const AffiliateInfo affiliate = dialog.profiles().constFirst().affiliates.constFirst();
        QCOMPARE(affiliate.timeZone, QStringLiteral("Europe/London"));
        QCOMPARE(affiliate.refundPolicy, policy);
        QCOMPARE(affiliate.currency, QStringLiteral("GBP"));
    }

    void aReadOnlyProfilesRefundSettingsCannotBeEdited()
    {
        ConnectionProfile profile = staging();
        profile.readOnly = true;
        profile.affiliates = { { 1, QStringLiteral("FilmFlex UK"), QStringLiteral("GBP"),
            QStringLiteral(R"({"WatchedPercent": 80})"), QStringLiteral("Europe/Dublin") } };
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ProfilesDialog dialog({ profile }, &credentials, true);
        auto* affiliates = dialog.findChild<QTableWidget*>(QStringLiteral("affiliates"));
        QCOMPARE(affiliates->item(0, 3)->text(), QStringLiteral("Europe/Dublin"));
        QCOMPARE(affiliates->item(0, 4)->text(), QStringLiteral(R"({"WatchedPercent": 80})"));
        for (const int column : { 3, 4 })
            QVERIFY(!(affiliates->item(0, column)->flags() & Qt::ItemIsEditable));
        QVERIFY(affiliates->item(0, 1)->flags() & Qt::ItemIsEditable); // the name stays editable
        // No longer read-only: they can be changed.
        dialog.findChild<QCheckBox*>(QStringLiteral("readOnly"))->setChecked(false);
        for (const int column : { 3, 4 })
            QVERIFY(affiliates->item(0, column)->flags() & Qt::ItemIsEditable);
    }

    void withoutAKeychainNoSecretIsAskedForHere()
    {
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ProfilesDialog dialog({ staging() }, &credentials, false);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->isEnabled());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
