// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using ff::CredentialStore;

namespace {

// Runs one keychain job to its end; the store's jobs are asynchronous.
template <class T, class Start> ff::Result<T, CredentialStore::Error> await(Start start)
{
    std::optional<ff::Result<T, CredentialStore::Error>> outcome;
    start([&outcome](ff::Result<T, CredentialStore::Error> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20'000))
        return CredentialStore::Error { CredentialStore::Error::Kind::Other,
            QStringLiteral("the keychain did not answer") };
    return *outcome;
}

} // namespace

// Against a real Secret Service: ctest starts this under a private D-Bus session with an
// unlocked gnome-keyring (scripts/with-keyring.sh). It never skips: without a keychain it fails.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session: run this test through ctest (dbus-run-session + scripts/with-keyring.sh)");
    }

    void writesReadsAndRemoves()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        const QString secret = QStringLiteral("s3cr3t-tökén/with:odd chars €");
        const auto written = await<CredentialStore::Done>(
            [&](auto done) { store.write(QStringLiteral("Staging"), secret, this, done); });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));

        const auto read
            = await<QString>([&](auto done) { store.read(QStringLiteral("Staging"), this, done); });
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, secret);

        const auto removed = await<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Staging"), this, done); });
        QVERIFY(removed);
        const auto gone
            = await<QString>([&](auto done) { store.read(QStringLiteral("Staging"), this, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, CredentialStore::Error::Kind::NotFound);
    }

    void profilesAreSeparate()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        QVERIFY(await<CredentialStore::Done>([&](auto done) {
            store.write(QStringLiteral("Production"), QStringLiteral("prod"), this, done);
        }));
        QVERIFY(await<CredentialStore::Done>(
            [&](auto done) { store.write(QStringLiteral("Sandbox"), QStringLiteral("sand"), this, done); }));
        QCOMPARE(*await<QString>([&](auto done) { store.read(QStringLiteral("Production"), this, done); }),
            QStringLiteral("prod"));
        QCOMPARE(*await<QString>([&](auto done) { store.read(QStringLiteral("Sandbox"), this, done); }),
            QStringLiteral("sand"));
        // overwriting replaces, it does not add
        QVERIFY(await<CredentialStore::Done>([&](auto done) {
            store.write(QStringLiteral("Sandbox"), QStringLiteral("renewed"), this, done);
        }));
        QCOMPARE(*await<QString>([&](auto done) { store.read(QStringLiteral("Sandbox"), this, done); }),
            QStringLiteral("renewed"));
        QVERIFY(await<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Production"), this, done); }));
        QVERIFY(await<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Sandbox"), this, done); }));
    }

    void removingWhatIsNotThereIsNotAnError()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        QVERIFY(await<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("never stored"), this, done); }));
    }

    void callbackNotCalledOnceTheContextIsGone()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("anything"), &context, [&called](auto) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
