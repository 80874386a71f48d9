// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/client/ApiClient.h"
#include "api/profile/ProfileStore.h"
#include "tests/support/KeychainTestKit.h"
#include "tests/support/WindowFixture.h"
#include "ui/session/ConnectionSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::awaitKeychain;
using ff::test::SandboxProcess;
using ff::test::WindowFixture;

namespace {

const QString TestService = QStringLiteral("FilmFlex Agent Console session tests");

bool ordersLoad(ApiClient* client)
{
    std::optional<bool> ok;
    QObject context;
    client->purchaseOrders(1, QStringLiteral("zoë smith"), &context,
        [&ok](Result<QList<PurchaseOrder>, ApiError> r) { ok = bool(r); });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 15'000) && *ok;
}

} // namespace

// The connection session against a real keychain (gnome-keyring in a private D-Bus session)
// and real sandboxes: where the secret comes from, where it goes, and where it never goes.
class TestSession : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    // A saved profile: its secret is keyed by its id (the same for the same name in this suite).
    ConnectionProfile profile(const QString& name) const
    {
        ConnectionProfile profile = m_fx.profile(name);
        profile.id = QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
        return profile;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void aStoredSecretIsUsed()
    {
        CredentialStore store(TestService);
        QVERIFY(awaitKeychain<CredentialStore::Done>([&](auto done) {
            store.write(profile(QStringLiteral("Staging")).id, m_fx.sandbox().token(), this, done);
        }));
        ConnectionSession session(&store);
        QSignalSpy ready(&session, &ConnectionSession::ready);
        QSignalSpy asked(&session, &ConnectionSession::secretNeeded);
        session.activate(profile(QStringLiteral("Staging")));
        QVERIFY(ready.wait(10'000));
        QCOMPARE(asked.count(), 0);
        QVERIFY(ordersLoad(session.client()));
    }

    void aMissingSecretIsAskedForRememberedAndNeverWrittenElsewhere()
    {
        CredentialStore store(TestService);
        awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.remove(profile(QStringLiteral("Fresh")).id, this, done); });
        ConnectionSession session(&store);
        QSignalSpy asked(&session, &ConnectionSession::secretNeeded);
        QSignalSpy ready(&session, &ConnectionSession::ready);
        const ConnectionProfile fresh = profile(QStringLiteral("Fresh"));
        {
            auto settings = ProfileStore::openSettings();
            ProfileStore(*settings).save({ fresh });
        }
        session.activate(fresh);
        QVERIFY(asked.wait(10'000));
        QCOMPARE(asked.first().at(2).toBool(), true); // there is a keychain: it can remember
        QCOMPARE(session.state(), ConnectionSession::State::WaitingForSecret);
        session.provideSecret(m_fx.sandbox().token(), true);
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(ordersLoad(session.client()));

        const auto stored = awaitKeychain<QString>([&](auto done) { store.read(fresh.id, this, done); });
        QVERIFY(stored);
        QCOMPARE(*stored, m_fx.sandbox().token());
        QFile settings(m_fx.path(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains("Fresh"));
        QVERIFY2(
            !written.contains(m_fx.sandbox().token().toUtf8()), "the secret is never in the settings file");
    }

    void theBuiltInSandboxStartsAndDescribesItsAffiliates()
    {
        CredentialStore store(TestService);
        ConnectionSession session(&store);
        session.setSandboxProgram(SandboxProcess::program());
        session.setSandboxArguments({ QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--quiet"), QStringLiteral("--exit-with-parent") });
        ConnectionProfile builtIn;
        builtIn.name = QStringLiteral("Sandbox");
        builtIn.isBuiltInSandbox = true;
        QSignalSpy ready(&session, &ConnectionSession::ready);
        session.activate(builtIn);
        QVERIFY(ready.wait(20'000));
        QVERIFY(!session.profile().affiliates.isEmpty());
        QVERIFY(!session.profile().affiliates.first().name.isEmpty());
        QVERIFY(session.profile().platformUrl.port() > 0);
        QVERIFY(ordersLoad(session.client()));
    }

    void switchingProfileDropsTheOldClient()
    {
        CredentialStore store(TestService);
        ConnectionSession session(&store);
        ConnectionProfile open = profile(QStringLiteral("Open"));
        open.authScheme = AuthScheme::None;
        QSignalSpy changed(&session, &ConnectionSession::profileChanged);
        session.activate(open);
        QPointer<ApiClient> first = session.client();
        QVERIFY(first);
        ConnectionProfile other = open;
        other.name = QStringLiteral("Other");
        session.activate(other);
        QVERIFY2(first.isNull(), "nothing fetched under one profile outlives the switch");
        QCOMPARE(changed.count(), 2);
        QCOMPARE(session.profile().name, QStringLiteral("Other"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
