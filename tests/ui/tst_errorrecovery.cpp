// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/GuidText.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ProfileStore.h"
#include "models/AccountPurchasesModel.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/UntrustedTlsServer.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/errors/ErrorPresenter.h"
#include "ui/main/MainWindow.h"
#include "ui/profiles/CertificateDialog.h"
#include "ui/profiles/ProfilesDialog.h"
#include "ui/profiles/SecretDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/MessageBar.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace ff;
using namespace ff::ui;
using ff::test::UntrustedTlsServer;
using ff::test::WindowFixture;
using Recovery = ErrorPresenter::Recovery;

namespace {

ApiError errorOf(ApiError::Kind kind, int httpStatus = 0,
    ApiError::ProfileSetting refusedBy = ApiError::ProfileSetting::None)
{
    ApiError error = ApiError::make(kind, QStringLiteral("what the client said"));
    error.httpStatus = httpStatus;
    error.refusedBy = refusedBy;
    return error;
}

} // namespace

Q_DECLARE_METATYPE(ff::ApiError)

// One error presenter for every screen: an error becomes the agent's message and the one way out
// that fits it, the same on the customer's tab, the account purchases tab, the entitlement pane
// and the window itself; and each way out does what it says.
class TestErrorRecovery : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    QString m_account; // zoë smith's

    ConnectionProfile profile(const QUrl& url = QUrl()) const
    {
        ConnectionProfile profile = m_fx.profile(QStringLiteral("Recovery"), url);
        profile.timeoutSeconds = 5;
        return profile;
    }

    // Opens the screen on the server the window is connected to and waits until it has failed
    // or loaded; returns the message bar the screen shows its errors in.
    MessageBar* openScreen(const QString& screen)
    {
        if (screen == QLatin1String("purchases")) {
            AccountPurchasesTab* purchases = m_fx.window()->openAccountPurchases(m_account, QString());
            return QTest::qWaitFor([purchases] { return !purchases->isLoading(); }, 10'000)
                ? purchases->messages()
                : nullptr;
        }
        CustomerTab* tab = m_fx.openCustomer();
        if (!tab || !QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10'000))
            return nullptr;
        if (screen == QLatin1String("customer"))
            return tab->messages();
        return loadEntitlement(tab) ? tab->entitlement()->findChild<MessageBar*>() : nullptr;
    }

    // Selects the first item, which fetches its entitlement; where no orders could be loaded,
    // fetches one as selecting an item would.
    static bool loadEntitlement(CustomerTab* tab)
    {
        if (tab->model()->orderCount() > 0) {
            WindowFixture::selectFirstOrder(tab);
            WindowFixture::selectFirstItem(tab);
        } else {
            tab->entitlement()->load(1, QStringLiteral("FFX-ANY"), 1, QStringLiteral("GBP"));
        }
        return QTest::qWaitFor([tab] { return !tab->entitlement()->isLoading(); }, 10'000);
    }

    // Loads the screen in front again, after the server changed its mind; false if it never settles.
    bool loadAgain(const QString& screen)
    {
        if (screen == QLatin1String("purchases")) {
            auto* purchases = qobject_cast<AccountPurchasesTab*>(m_fx.window()->tabs()->currentWidget());
            purchases->load();
            return QTest::qWaitFor([purchases] { return !purchases->isLoading(); }, 10'000);
        }
        CustomerTab* tab = m_fx.window()->currentCustomer();
        if (screen == QLatin1String("customer")) {
            tab->refresh();
            return QTest::qWaitFor([tab] { return !tab->isLoading(); }, 10'000);
        }
        return loadEntitlement(tab);
    }

    // The customer's tab, or the purchases tab, now in front: which screen it is, by what it shows.
    QString screenInFront() const
    {
        if (auto* purchases = qobject_cast<AccountPurchasesTab*>(m_fx.window()->tabs()->currentWidget()))
            return QStringLiteral("purchases of ") + purchases->accountId();
        if (CustomerTab* tab = m_fx.window()->currentCustomer())
            return QStringLiteral("customer ") + tab->username();
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        const std::optional<SandboxCustomer> zoe = m_fx.sandbox().findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe && zoe->customerId);
        m_account = QString::fromLatin1(GuidText::toText(*zoe->customerId));
        QVERIFY(!m_account.isEmpty());
    }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
        QVERIFY(m_fx.openWindow(profile()));
    }

    void cleanup()
    {
        m_fx.closeWindow();
        auto settings = ProfileStore::openSettings();
        ProfileStore(*settings).save({});
    }

    void eachErrorOffersTheRecoveryThatFits_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<Recovery>("recovery");
        using Kind = ApiError::Kind;
        using Setting = ApiError::ProfileSetting;
        QTest::newRow("untrusted certificate") << errorOf(Kind::Tls) << Recovery::ReviewCertificate;
        QTest::newRow("401") << errorOf(Kind::Http, 401) << Recovery::EnterSecret;
        QTest::newRow("401 with an Error envelope") << errorOf(Kind::Api, 401) << Recovery::EnterSecret;
        QTest::newRow("no secret set")
            << errorOf(Kind::InvalidInput, 0, Setting::Secret) << Recovery::EnterSecret;
        QTest::newRow("403") << errorOf(Kind::Http, 403) << Recovery::EditProfile;
        QTest::newRow("not an http(s) URL")
            << errorOf(Kind::InvalidInput, 0, Setting::Url) << Recovery::EditProfile;
        QTest::newRow("redirected elsewhere") << errorOf(Kind::Redirect) << Recovery::EditProfile;
        QTest::newRow("read-only profile")
            << errorOf(Kind::InvalidInput, 0, Setting::ReadOnly) << Recovery::None;
        QTest::newRow("what was typed") << errorOf(Kind::InvalidInput) << Recovery::None;
        QTest::newRow("the server's Error envelope") << errorOf(Kind::Api, 400) << Recovery::None;
        QTest::newRow("connection refused") << errorOf(Kind::Network) << Recovery::Retry;
        QTest::newRow("timed out") << errorOf(Kind::Timeout) << Recovery::Retry;
        QTest::newRow("500") << errorOf(Kind::Http, 500) << Recovery::Retry;
        QTest::newRow("429") << errorOf(Kind::Http, 429) << Recovery::Retry;
        QTest::newRow("unreadable answer") << errorOf(Kind::Malformed, 200) << Recovery::Retry;
        QTest::newRow("too large") << errorOf(Kind::TooLarge, 200) << Recovery::Retry;
    }
    void eachErrorOffersTheRecoveryThatFits()
    {
        QFETCH(ApiError, error);
        QFETCH(Recovery, recovery);
        const ErrorPresenter::Presentation shown = ErrorPresenter::present(error);
        QCOMPARE(shown.recovery, recovery);
        QCOMPARE(shown.kind, MessageBar::Kind::Error);
        QVERIFY(!shown.text.isEmpty());
    }

    void aNotFoundWhereItMeansSomethingIsInformationWithNothingToRecover()
    {
        const ErrorPresenter::Presentation shown
            = ErrorPresenter::present(errorOf(ApiError::Kind::Http, 404), QStringLiteral("No customer “x”."));
        QCOMPARE(shown.kind, MessageBar::Kind::Information);
        QCOMPARE(shown.recovery, Recovery::None);
        QCOMPARE(shown.text, QStringLiteral("No customer “x”."));
    }

    void everyScreenOffersToReviewAnUntrustedCertificate_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("reopened"); // what is in front once the certificate is trusted
        QTest::newRow("customer") << "customer"
                                  << "customer zoë smith";
        QTest::newRow("entitlement") << "entitlement"
                                     << "customer zoë smith";
        QTest::newRow("purchases") << "purchases"
                                   << "purchases of "; // the same account
    }
    void everyScreenOffersToReviewAnUntrustedCertificate()
    {
        QFETCH(QString, screen);
        QFETCH(QString, reopened);
        UntrustedTlsServer server;
        const ConnectionProfile tls = profile(server.url());
        {
            auto settings = ProfileStore::openSettings();
            ProfileStore(*settings).save({ tls });
        }
        m_fx.session()->useCredentials(tls, m_fx.credentials());
        MessageBar* messages = openScreen(screen);
        QVERIFY(messages);
        QVERIFY2(messages->text().contains(QLatin1String("certificate")), qPrintable(messages->text()));
        QCOMPARE(messages->actionText(), QStringLiteral("Review the certificate…"));

        emit messages->actionTriggered();
        CertificateDialog* review = nullptr;
        QTRY_VERIFY((review = m_fx.window()->findChild<CertificateDialog*>()) != nullptr);
        QVERIFY(review->findChild<QPlainTextEdit*>()->toPlainText().contains(
            QLatin1String("untrusted.filmflex.test")));
        QTest::mouseClick(
            review->findChild<QPushButton*>(QStringLiteral("trustCertificate")), Qt::LeftButton);

        // trusted for this profile only when the agent said so, by fingerprint, visibly; and the
        // screen that asked is open again
        const TrustedCertificate granted { QStringLiteral("127.0.0.1"), server.serverPort(),
            UntrustedTlsServer::fingerprint() };
        QVERIFY(m_fx.session()->profile().trustedCertificates.contains(granted));
        QVERIFY(m_fx.window()
                    ->findChild<QToolButton*>(QStringLiteral("profileIndicator"))
                    ->text()
                    .contains(QLatin1String("trusts")));
        auto settings = ProfileStore::openSettings();
        QVERIFY(ProfileStore(*settings).profile(tls.name)->trustedCertificates.contains(granted));
        if (screen == QLatin1String("purchases"))
            reopened += m_account;
        QCOMPARE(screenInFront(), reopened);
        if (CustomerTab* tab = m_fx.window()->currentCustomer()) {
            // and it loads (the server has no orders for anyone: nothing to complain about)
            QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 10'000);
            QVERIFY2(!tab->messages()->isVisible(), qPrintable(tab->messages()->text()));
        }
    }

    void everyScreenOffersToEnterARefusedSecretAgain_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::newRow("customer") << "customer";
        QTest::newRow("entitlement") << "entitlement";
        QTest::newRow("purchases") << "purchases";
    }
    void everyScreenOffersToEnterARefusedSecretAgain()
    {
        QFETCH(QString, screen);
        MessageBar* messages = openScreen(screen);
        QVERIFY(messages);
        QVERIFY2(!messages->isVisible(), qPrintable(messages->text()));
        const QString renewed = m_fx.sandbox().rotateToken(); // the old token now gets 401
        QVERIFY(loadAgain(screen));
        QVERIFY2(messages->text().contains(QLatin1String("Not authorised")), qPrintable(messages->text()));
        QCOMPARE(messages->actionText(), QStringLiteral("Enter the secret again"));

        emit messages->actionTriggered();
        SecretDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = m_fx.window()->findChild<SecretDialog*>()) != nullptr);
        prompt->findChild<QLineEdit*>(QStringLiteral("secret"))->setText(renewed);
        prompt->accept();
        // what failed loads again, with the new secret, on the same screen
        QTRY_VERIFY_WITH_TIMEOUT(!messages->isVisible(), 10'000);
        QCOMPARE(m_fx.window()->tabs()->count(), 1);
        if (screen == QLatin1String("entitlement"))
            QTRY_VERIFY_WITH_TIMEOUT(m_fx.window()->currentCustomer()->entitlement()->entitlement(), 10'000);
    }

    void aProfileWithoutASecretOffersToEnterIt()
    {
        Credentials none = m_fx.credentials();
        none.secret.clear();
        m_fx.session()->useCredentials(profile(), none);
        MessageBar* messages = openScreen(QStringLiteral("customer"));
        QVERIFY(messages);
        QVERIFY2(messages->text().contains(QLatin1String("secret is set")), qPrintable(messages->text()));
        QCOMPARE(messages->actionText(), QStringLiteral("Enter the secret again"));
        QCOMPARE(m_fx.sandbox().requests().size(), 0); // refused before anything was sent

        emit messages->actionTriggered();
        SecretDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = m_fx.window()->findChild<SecretDialog*>()) != nullptr);
        prompt->findChild<QLineEdit*>(QStringLiteral("secret"))->setText(m_fx.sandbox().token());
        prompt->accept();
        CustomerTab* tab = m_fx.window()->currentCustomer();
        QTRY_VERIFY_WITH_TIMEOUT(!messages->isVisible() && !tab->isLoading(), 10'000);
        QVERIFY(tab->model()->orderCount() > 0);
    }

    void aUrlThatCannotBeUsedOffersToEditTheProfile()
    {
        m_fx.session()->useCredentials(
            profile(QUrl(QStringLiteral("ftp://platform.filmflex.example/"))), m_fx.credentials());
        MessageBar* messages = openScreen(QStringLiteral("customer"));
        QVERIFY2(
            messages->text().contains(QLatin1String("not an http(s) URL")), qPrintable(messages->text()));
        QCOMPARE(messages->actionText(), QStringLiteral("Edit the profile…"));
        emit messages->actionTriggered();
        QTRY_VERIFY(m_fx.window()->findChild<ProfilesDialog*>() != nullptr);
    }

    void theWindowOffersToTryAgainWhenTheConnectionFails()
    {
        m_fx.session()->setSandboxProgram(m_fx.path(QStringLiteral("no-such-sandbox")));
        ConnectionProfile builtIn;
        builtIn.name = QStringLiteral("Sandbox");
        builtIn.isBuiltInSandbox = true;
        QSignalSpy failed(m_fx.session(), &ConnectionSession::failed);
        m_fx.session()->activate(builtIn);
        QVERIFY(failed.count() > 0 || failed.wait(10'000));
        MessageBar* messages = m_fx.window()->messages();
        QVERIFY2(messages->text().contains(QLatin1String("did not start")), qPrintable(messages->text()));
        QCOMPARE(messages->actionText(), QStringLiteral("Try again"));
        emit messages->actionTriggered();
        QVERIFY(failed.count() > 1 || failed.wait(10'000)); // it was tried again, and failed again
    }
};

QTEST_MAIN(TestErrorRecovery)
#include "tst_errorrecovery.moc"
