// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/core/GuidText.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ProfileStore.h"
#include "tests/support/KeychainTestKit.h"
#include "tests/support/UntrustedTlsServer.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/profiles/CertificateDialog.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::UntrustedTlsServer;
using ff::test::WindowFixture;

namespace {

// The service the window fixture's credential store uses.
const QString TestService = QStringLiteral("FilmFlex Agent Console tests");

} // namespace

// Secrets and certificate trust in the window, against a real keychain (gnome-keyring in a private
// D-Bus session), a real sandbox and real TLS servers: what the console's first start does to
// what an older version saved, a proxy's credentials, and trust that is for one host, port and
// certificate, never for a certificate of another name.
class TestTrust : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    QString m_account; // zoë smith's

    QString settingsText() const
    {
        QFile file(m_fx.path(QStringLiteral("settings.ini")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static void saveProfiles(const QList<ConnectionProfile>& profiles)
    {
        auto settings = ProfileStore::openSettings();
        ProfileStore(*settings).save(profiles);
    }

    static std::optional<ConnectionProfile> savedProfile(const QString& name)
    {
        auto settings = ProfileStore::openSettings();
        return ProfileStore(*settings).profile(name);
    }

    // A profile of the fixture's, saved with an id, as this version saves it.
    ConnectionProfile profileAt(const QString& name, const QUrl& url) const
    {
        ConnectionProfile profile = m_fx.profile(name, url);
        profile.id = ConnectionProfile::newId();
        profile.timeoutSeconds = 5;
        return profile;
    }

    // Starts the window as the console starts: on the saved profiles.
    void startOnSavedProfiles()
    {
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Before the start"))));
        m_fx.window()->startWithSavedProfiles(QString());
    }

    QMessageBox* settingsUpdatedMessage() const
    {
        return m_fx.window()->findChild<QMessageBox*>(QStringLiteral("settingsUpdatedDialog"));
    }

    // The customer's tab once it has loaded or failed; its messages.
    MessageBar* customerMessages()
    {
        CustomerTab* tab = m_fx.openCustomer();
        if (!tab || !QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10'000))
            return nullptr;
        return tab->messages();
    }

    MessageBar* purchasesMessages()
    {
        AccountPurchasesTab* purchases = m_fx.window()->openAccountPurchases(m_account, QString());
        return QTest::qWaitFor([purchases] { return !purchases->isLoading(); }, 10'000)
            ? purchases->messages()
            : nullptr;
    }

    // Asks to review the certificate the screen could not trust; the dialog that opens.
    CertificateDialog* review(MessageBar* messages)
    {
        if (!messages || messages->actionText() != QStringLiteral("Review the certificate…"))
            return nullptr;
        emit messages->actionTriggered();
        CertificateDialog* dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (dialog = m_fx.window()->findChild<CertificateDialog*>()) != nullptr; });
        return opened ? dialog : nullptr;
    }

    static QString explanationOf(CertificateDialog* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("certificateExplanation"))->text();
    }

    static bool trust(CertificateDialog* dialog)
    {
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("trustCertificate"));
        if (!button || !button->isVisible() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session: run this test through ctest (dbus-run-session + scripts/with-keyring.sh)");
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        const std::optional<SandboxCustomer> zoe = m_fx.sandbox().findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe && zoe->customerId);
        m_account = QString::fromLatin1(GuidText::toText(*zoe->customerId));
    }

    void init()
    {
        QSettings settings(m_fx.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.clear();
    }

    void cleanup() { m_fx.closeWindow(); }

    void anOldKeychainEntryMovesUnderTheProfilesIdAtStart()
    {
        // what an older version saved: a profile without an id, its secret under its name
        ConnectionProfile legacy = m_fx.profile(QStringLiteral("Saved long ago"));
        saveProfiles({ legacy });
        QVERIFY(savedProfile(legacy.name)->id.isEmpty());
        QVERIFY(ff::test::writeOldStyleEntry(TestService, legacy.name, m_fx.sandbox().token()));

        startOnSavedProfiles();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.session()->profile().name == legacy.name
                && m_fx.session()->state() == ConnectionSession::State::Ready,
            20'000);

        // it has an id now, its secret is found under it, and the old entry is gone
        const QString id = m_fx.session()->profile().id;
        QVERIFY(!id.isEmpty());
        QCOMPARE(savedProfile(legacy.name)->id, id);
        QCOMPARE(ff::test::secretOf(*m_fx.credentialStore(), id), m_fx.sandbox().token());
        QCOMPARE(ff::test::oldStyleEntryExists(TestService, legacy.name), std::optional<bool>(false));
        QVERIFY(!settingsText().contains(QLatin1String("secretsKeyedByName")));
        QVERIFY(m_fx.openCustomer());
    }

    void aProxysUserAndPasswordAreRemovedAtStartAndTheAgentIsTold()
    {
        ConnectionProfile proxied = profileAt(QStringLiteral("Behind a proxy"), m_fx.sandbox().url());
        proxied.authScheme = AuthScheme::None;
        proxied.proxyUrl = QStringLiteral("http://agent:pa55w0rd@proxy.filmflex.example:3128");
        saveProfiles({ proxied });
        QVERIFY(settingsText().contains(QLatin1String("pa55w0rd")));

        startOnSavedProfiles();
        QMessageBox* told = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((told = settingsUpdatedMessage()) != nullptr, 10'000);
        QVERIFY2(told->text().contains(QStringLiteral("“Behind a proxy”")), qPrintable(told->text()));
        QVERIFY2(told->text().contains(QLatin1String("Proxy authentication is not supported")),
            qPrintable(told->text()));
        QVERIFY(!settingsText().contains(QLatin1String("pa55w0rd")));
        QVERIFY(!settingsText().contains(QLatin1String("agent")));
        QCOMPARE(savedProfile(proxied.name)->proxyUrl, QStringLiteral("http://proxy.filmflex.example:3128"));
    }

    void aProxyWithCredentialsTypedInIsNotSaved()
    {
        const ConnectionProfile plain = profileAt(QStringLiteral("Plain"), m_fx.sandbox().url());
        saveProfiles({ plain });
        QVERIFY(m_fx.openWindow(plain));
        QAction* manage = nullptr;
        for (QAction* action : m_fx.window()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Profiles…"))
                manage = action;
        }
        QVERIFY(manage);
        manage->trigger();
        ProfilesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_fx.window()->findChild<ProfilesDialog*>()) != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("proxy"))
            ->setText(QStringLiteral("http://agent:pa55w0rd@proxy.filmflex.example:3128"));
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("profileProblem"))
                    ->text()
                    .contains(QLatin1String("Proxy authentication is not supported")));
        QVERIFY(!settingsText().contains(QLatin1String("pa55w0rd")));
        QVERIFY(savedProfile(plain.name)->proxyUrl.isEmpty());
        dialog->reject();
    }

    void trustGivenByFingerprintAloneIsDroppedAtStartAndTheAgentIsTold()
    {
        ConnectionProfile old = profileAt(QStringLiteral("Old trust"), m_fx.sandbox().url());
        old.authScheme = AuthScheme::None;
        saveProfiles({ old });
        {
            QSettings settings(m_fx.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("profiles"));
            settings.setArrayIndex(0);
            settings.setValue(
                QStringLiteral("trustedCertificates"), QStringList { UntrustedTlsServer::fingerprint() });
            settings.endArray();
        }
        QVERIFY(settingsText().contains(UntrustedTlsServer::fingerprint()));

        startOnSavedProfiles();
        QMessageBox* told = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((told = settingsUpdatedMessage()) != nullptr, 10'000);
        QVERIFY2(told->text().contains(QStringLiteral("“Old trust”")), qPrintable(told->text()));
        QVERIFY2(told->text().contains(QLatin1String("no longer trusted")), qPrintable(told->text()));
        QVERIFY(!settingsText().contains(UntrustedTlsServer::fingerprint()));
        QVERIFY(savedProfile(old.name)->trustedCertificates.isEmpty());
    }

    void trustIsForTheHostAndPortItWasGrantedFor()
    {
        UntrustedTlsServer platform;
        UntrustedTlsServer admin; // the same certificate on another port
        ConnectionProfile profile = profileAt(QStringLiteral("Internal CA"), platform.url());
        profile.adminUrl = admin.url();
        saveProfiles({ profile });
        QVERIFY(m_fx.openWindow(profile));

        CertificateDialog* dialog = review(customerMessages());
        QVERIFY(dialog);
        const QString platformAt = QStringLiteral("127.0.0.1:%1").arg(platform.serverPort());
        QVERIFY2(explanationOf(dialog).contains(platformAt), qPrintable(explanationOf(dialog)));
        QVERIFY(
            dialog->findChild<QPushButton*>(QStringLiteral("trustCertificate"))->text().contains(platformAt));
        QVERIFY(trust(dialog));
        QCOMPARE(m_fx.session()->profile().trustedCertificates,
            QList<TrustedCertificate>({ { QStringLiteral("127.0.0.1"), platform.serverPort(),
                UntrustedTlsServer::fingerprint() } }));
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QVERIFY2(!tab->messages()->isVisible(), qPrintable(tab->messages()->text()));

        // the same certificate on the admin API's port is asked about anew
        const int answeredBefore = admin.requestCount();
        dialog = review(purchasesMessages());
        QVERIFY(dialog);
        QVERIFY2(explanationOf(dialog).contains(QStringLiteral("127.0.0.1:%1").arg(admin.serverPort())),
            qPrintable(explanationOf(dialog)));
        QCOMPARE(admin.requestCount(), answeredBefore);
        dialog->reject();
    }

    void aChangedCertificateIsAskedAboutAgain()
    {
        UntrustedTlsServer server;
        const ConnectionProfile profile = profileAt(QStringLiteral("Renewing"), server.url());
        saveProfiles({ profile });
        QVERIFY(m_fx.openWindow(profile));
        CertificateDialog* dialog = review(customerMessages());
        QVERIFY(dialog && trust(dialog));
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(tab && !tab->isLoading(), 10'000);
        QVERIFY(!tab->messages()->isVisible());

        // the server's certificate changes: not trusted until the agent says so again
        server.serve(UntrustedTlsServer::Certificate::Renewed);
        const int answeredBefore = server.requestCount();
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
        QCOMPARE(server.requestCount(), answeredBefore);
        dialog = review(tab->messages());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPlainTextEdit*>()->toPlainText().contains(
            QLatin1String("renewed.filmflex.test")));
        QVERIFY(trust(dialog));
        // the new certificate replaces the old one for this host and port
        QCOMPARE(savedProfile(profile.name)->trustedCertificates,
            QList<TrustedCertificate>({ { QStringLiteral("127.0.0.1"), server.serverPort(),
                UntrustedTlsServer::fingerprint(UntrustedTlsServer::Certificate::Renewed) } }));
        tab = m_fx.window()->currentCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(tab && !tab->isLoading(), 10'000);
        QVERIFY(!tab->messages()->isVisible());
        QCOMPARE(server.requestCount(), answeredBefore + 1);
    }

    void aCertificateForAnotherNameCannotBeTrusted()
    {
        UntrustedTlsServer server(UntrustedTlsServer::Certificate::WrongName);
        ConnectionProfile profile = profileAt(QStringLiteral("Wrong name"), server.url());
        // even trust written into the settings by hand changes nothing
        profile.trustedCertificates = { { QStringLiteral("127.0.0.1"), server.serverPort(),
            UntrustedTlsServer::fingerprint(UntrustedTlsServer::Certificate::WrongName) } };
        saveProfiles({ profile });
        QVERIFY(m_fx.openWindow(profile));
        CertificateDialog* dialog = review(customerMessages());
        QVERIFY(dialog);
        QCOMPARE(server.requestCount(), 0);
        const QString explanation = explanationOf(dialog);
        QVERIFY2(explanation.contains(QLatin1String("wrong-name.filmflex.test")), qPrintable(explanation));
        QVERIFY2(explanation.contains(QLatin1String("never trusted")), qPrintable(explanation));
        QVERIFY(!trust(dialog));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("trustCertificate")));
        dialog->reject();
    }
};

QTEST_MAIN(TestTrust)
#include "tst_trust.moc"
