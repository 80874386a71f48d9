// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "tests/support/KeychainTestKit.h"

#include <QSignalSpy>
#include <QTest>

using ff::CredentialStore;
using ff::test::awaitKeychain;

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
        const auto written = awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.write(QStringLiteral("Staging"), secret, this, done); });
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));

        const auto read
            = awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Staging"), this, done); });
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, secret);

        const auto removed = awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Staging"), this, done); });
        QVERIFY(removed);
        const auto gone
            = awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Staging"), this, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, CredentialStore::Error::Kind::NotFound);
    }

    void profilesAreSeparate()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        QVERIFY(awaitKeychain<CredentialStore::Done>([&](auto done) {
            store.write(QStringLiteral("Production"), QStringLiteral("prod"), this, done);
        }));
        QVERIFY(awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.write(QStringLiteral("Sandbox"), QStringLiteral("sand"), this, done); }));
        QCOMPARE(
            *awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Production"), this, done); }),
            QStringLiteral("prod"));
        QCOMPARE(
            *awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Sandbox"), this, done); }),
            QStringLiteral("sand"));
        // overwriting replaces, it does not add
        QVERIFY(awaitKeychain<CredentialStore::Done>([&](auto done) {
            store.write(QStringLiteral("Sandbox"), QStringLiteral("renewed"), this, done);
        }));
        QCOMPARE(
            *awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Sandbox"), this, done); }),
            QStringLiteral("renewed"));
        QVERIFY(awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Production"), this, done); }));
        QVERIFY(awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("Sandbox"), this, done); }));
    }

    void removingWhatIsNotThereIsNotAnError()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        QVERIFY(awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.remove(QStringLiteral("never stored"), this, done); }));
    }

    void entriesOfVersionsBeforeProfileIdsAreReadAndRemovedByName()
    {
        const QString service = QStringLiteral("FilmFlex Agent Console tests");
        CredentialStore store(service);
        QVERIFY(ff::test::writeOldStyleEntry(service, QStringLiteral("Old name"), QStringLiteral("old")));
        const auto read = awaitKeychain<QString>(
            [&](auto done) { store.readByName(QStringLiteral("Old name"), this, done); });
        QVERIFY(read);
        QCOMPARE(*read, QStringLiteral("old"));
        // a name is not an id: the entries are apart
        const auto byId
            = awaitKeychain<QString>([&](auto done) { store.read(QStringLiteral("Old name"), this, done); });
        QVERIFY(!byId);
        QCOMPARE(byId.error().kind, CredentialStore::Error::Kind::NotFound);
        QVERIFY(awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.removeByName(QStringLiteral("Old name"), this, done); }));
        QCOMPARE(
            ff::test::oldStyleEntryExists(service, QStringLiteral("Old name")), std::optional<bool>(false));
    }

    void aProfileWithoutAnIdHasNoEntry()
    {
        CredentialStore store(QStringLiteral("FilmFlex Agent Console tests"));
        QVERIFY(!awaitKeychain<CredentialStore::Done>(
            [&](auto done) { store.write(QString(), QStringLiteral("nowhere"), this, done); }));
        const auto read = awaitKeychain<QString>([&](auto done) { store.read(QString(), this, done); });
        QVERIFY(!read);
        QCOMPARE(read.error().kind, CredentialStore::Error::Kind::NotFound);
        QVERIFY(
            awaitKeychain<CredentialStore::Done>([&](auto done) { store.remove(QString(), this, done); }));
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
