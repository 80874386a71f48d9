// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "ui/session/ConnectionSession.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ff;
using namespace ff::ui;

// A machine with no keychain: the console says so, asks for the secret each time, and never
// falls back to keeping it anywhere.
class TestSessionWithoutKeychain : public QObject
{
    Q_OBJECT

private slots:
    void theSecretIsAskedForAndCannotBeRemembered()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console session tests"));
        ConnectionSession session(&store);
        QSignalSpy asked(&session, &ConnectionSession::secretNeeded);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Production");
        profile.platformUrl = QUrl(QStringLiteral("https://platform.filmflex.example/"));
        session.activate(profile);
        QVERIFY(asked.wait(20'000));
        const QString reason = asked.first().at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("keychain")), qPrintable(reason));
        QCOMPARE(asked.first().at(2).toBool(), false); // nothing can be remembered
        QVERIFY(!session.keychainAvailable() || reason.contains(QLatin1String("could not be read")));

        session.provideSecret(QStringLiteral("typed-in-each-time"), true);
        QCOMPARE(session.state(), ConnectionSession::State::Ready);
        QVERIFY(session.client());
    }
};

int main(int argc, char* argv[])
{
    // No session bus: no Secret Service, no KWallet, no keychain at all.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ffconsole-test-bus");
    QCoreApplication app(argc, argv);
    TestSessionWithoutKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_session_nokeychain.moc"
