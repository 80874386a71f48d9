// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ProfileStore.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/KeychainTestKit.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/UntrustedTlsServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using ff::ConnectionProfile;
using ff::CredentialStore;
using ff::ProfileStore;
using ff::test::CliRunner;
using ff::test::SandboxProcess;
using ff::test::UntrustedTlsServer;

namespace {

using Run = ff::test::CliRunner::Run;

} // namespace

// ffconsole-cli with the profiles the console saved: where a profile's secret comes from (the
// keychain under the profile's id, else FFCONSOLE_TOKEN) and where it may go (the profile's own
// origins only), and which certificates a profile's trust covers. The real program, a real
// sandbox, a real keychain (gnome-keyring in a private D-Bus session) and a real TLS server.
class TestCliProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    qint64 m_affiliate = 0;
    QString m_username;
    QString m_account;
    QTemporaryDir m_home;
    CredentialStore m_keychain; // the service the CLI reads

    QString settingsFile() const { return m_home.filePath(QStringLiteral("settings.ini")); }

    // Runs the CLI with the suite's settings file, and FFCONSOLE_TOKEN only when token is not
    // null. The event loop turns meanwhile: the TLS server lives in this process.
    Run cli(const QStringList& arguments, const QString& token = QString())
    {
        QProcessEnvironment environment = CliRunner::environmentWith(
            { { QStringLiteral("FFCONSOLE_SETTINGS"), settingsFile() },
                { QStringLiteral("FFCONSOLE_AUDIT_LOG"), m_home.filePath(QStringLiteral("audit.jsonl")) } },
            { QStringLiteral("FFCONSOLE_TOKEN"), QStringLiteral("FFCONSOLE_BASE_URL") });
        if (!token.isNull())
            environment.insert(QStringLiteral("FFCONSOLE_TOKEN"), token);
        return CliRunner::runProgram(CliRunner::program(), arguments, environment);
    }

    QStringList orders() const
    {
        return { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("orders"),
            QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--customer"),
            m_username };
    }

    QStringList purchases() const
    {
        return { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("purchases"),
            QStringLiteral("--account"), m_account };
    }

    static ConnectionProfile profileOf(const QString& name, const QUrl& platform, const QUrl& admin = {})
    {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::newId();
        profile.name = name;
        profile.platformUrl = platform;
        profile.adminUrl = admin;
        return profile;
    }

    void save(const ConnectionProfile& profile) const
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        ProfileStore(settings).save({ profile });
    }

    // The profile's secret, in the keychain as the console keeps it.
    bool storeSecret(const ConnectionProfile& profile, const QString& secret)
    {
        return ff::test::storeSecret(m_keychain, profile.id, secret);
    }
    bool forgetSecret(const ConnectionProfile& profile)
    {
        return ff::test::forgetSecret(m_keychain, profile.id);
    }

    static QString expand(QString text, const QUrl& sandbox)
    {
        return text.replace(QLatin1String("{sandbox}"), sandbox.toString())
            .replace(QLatin1String("{port}"), QString::number(sandbox.port()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("FFCONSOLE_CLI").isEmpty(), "FFCONSOLE_CLI names the program under test");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "no D-Bus session: run this test through ctest (dbus-run-session + scripts/with-keyring.sh)");
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        const std::optional<ff::SandboxCustomer> zoe = m_sandbox->findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        m_affiliate = zoe->affiliateId.value_or(0);
        m_username = zoe->username.value_or(QString());
        m_account = zoe->customerId.value_or(QUuid()).toString(QUuid::WithoutBraces);
    }

    void init() { m_sandbox->clearRequests(); }

    void aProfilesSecretGoesToNoOtherOrigin_data()
    {
        QTest::addColumn<QString>("platform"); // the profile's URLs: {sandbox} and {port} are the sandbox's
        QTest::addColumn<QString>("admin");
        QTest::addColumn<QStringList>("arguments"); // before the command
        QTest::addColumn<bool>("purchases"); // the admin API's command, else orders
        const QString sandboxPort = QStringLiteral("http://127.0.0.1:{port}/");
        const QString localhostPort = QStringLiteral("http://localhost:{port}/");
        QTest::newRow("another port")
            << QStringLiteral("http://127.0.0.1:1/") << QString()
            << QStringList { QStringLiteral("--base-url"), QStringLiteral("{sandbox}") } << false;
        QTest::newRow("http, not https")
            << QStringLiteral("https://127.0.0.1:{port}/") << QString()
            << QStringList { QStringLiteral("--base-url"), sandboxPort } << false;
        QTest::newRow("another host") << localhostPort << QString()
                                      << QStringList { QStringLiteral("--base-url"), sandboxPort } << false;
        QTest::newRow("the admin API elsewhere")
            << localhostPort << localhostPort << QStringList { QStringLiteral("--admin-url"), sandboxPort }
            << true;
    }
    void aProfilesSecretGoesToNoOtherOrigin()
    {
        QFETCH(QString, platform);
        QFETCH(QString, admin);
        QFETCH(QStringList, arguments);
        QFETCH(bool, purchases);
        const QUrl sandbox = m_sandbox->url();
        const ConnectionProfile profile = profileOf(QStringLiteral("Elsewhere"),
            QUrl(expand(platform, sandbox)), admin.isEmpty() ? QUrl() : QUrl(expand(admin, sandbox)));
        save(profile);
        QVERIFY(storeSecret(profile, m_sandbox->token()));
        for (QString& argument : arguments)
            argument = expand(argument, sandbox);

        // neither the keychain's secret nor FFCONSOLE_TOKEN goes to a server the profile does not name
        const Run run = cli(QStringList { QStringLiteral("--profile"), profile.name } + arguments
                + (purchases ? this->purchases() : orders()),
            m_sandbox->token());
        QVERIFY2(run.exitCode == 2,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("\"Elsewhere\""), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
        QVERIFY(forgetSecret(profile));
    }

    void theKeychainsSecretComesBeforeTheEnvironments()
    {
        const ConnectionProfile profile = profileOf(QStringLiteral("Keychain first"), m_sandbox->url());
        save(profile);
        QVERIFY(storeSecret(profile, m_sandbox->token()));
        const Run run = cli(QStringList { QStringLiteral("--profile"), profile.name } + orders(),
            QStringLiteral("stale-token"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QJsonDocument::fromJson(run.out).array().isEmpty());
        QVERIFY(forgetSecret(profile));
    }

    void theEnvironmentsTokenWhenTheProfileHasNoSecret()
    {
        const ConnectionProfile profile = profileOf(QStringLiteral("No secret"), m_sandbox->url());
        save(profile);
        QVERIFY(forgetSecret(profile));
        const Run run
            = cli(QStringList { QStringLiteral("--profile"), profile.name } + orders(), m_sandbox->token());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QJsonDocument::fromJson(run.out).array().isEmpty());
        QVERIFY(m_sandbox->requests().size() > 0);
    }

    void aSecretOfAnotherProfileIsNotUsed()
    {
        // A profile of the same name saved before is gone; its secret belongs to its id, not the name.
        const ConnectionProfile old = profileOf(QStringLiteral("Reused name"), m_sandbox->url());
        QVERIFY(storeSecret(old, m_sandbox->token()));
        const ConnectionProfile fresh = profileOf(old.name, m_sandbox->url());
        save(fresh);
        const Run run = cli(QStringList { QStringLiteral("--profile"), fresh.name } + orders());
        QCOMPARE(run.exitCode, 4); // no secret: not authorised, nothing sent
        QCOMPARE(m_sandbox->requests().size(), 0);
        QVERIFY(forgetSecret(old));
    }

    void aProfileSavedBeforeIdsFindsItsSecretByName()
    {
        ConnectionProfile old = profileOf(QStringLiteral("Saved long ago"), m_sandbox->url());
        old.id.clear();
        save(old);
        QVERIFY(ff::test::writeOldStyleEntry(CredentialStore::DefaultService, old.name, m_sandbox->token()));
        const Run run = cli(QStringList { QStringLiteral("--profile"), old.name } + orders());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // The console gave the profile an id at its start but could not move the secret (the
    // keychain was locked): the secret is still under the profile's old name, and the CLI finds
    // it there rather than failing or taking FFCONSOLE_TOKEN instead.
    void aProfileWhoseSecretWasNotMovedYetFindsItByName()
    {
        ConnectionProfile old = profileOf(QStringLiteral("Not moved yet"), m_sandbox->url());
        old.id.clear();
        save(old);
        QVERIFY(ff::test::writeOldStyleEntry(CredentialStore::DefaultService, old.name, m_sandbox->token()));
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            ProfileStore store(settings);
            store.upgrade();
            const QString id = store.profile(old.name)->id;
            QVERIFY(!id.isEmpty());
            QVERIFY(store.secretsKeyedByName().contains(qMakePair(id, old.name)));
        }
        const Run run = cli(
            QStringList { QStringLiteral("--profile"), old.name } + orders(), QStringLiteral("wrong-token"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // investigate with a profile takes the affiliate's refund policy from it, as the window does,
    // so that both give one answer; --policy wins; a saved policy that does not read is refused.
    void investigateTakesTheAffiliatesPolicyFromTheProfile()
    {
        const QString policy
            = QStringLiteral(R"({"SignalWeights": {"unwatched-in-courtesy-window": "opposes"}})");
        ConnectionProfile profile = profileOf(QStringLiteral("Strict refunds"), m_sandbox->url());
        profile.affiliates = { ff::AffiliateInfo(m_affiliate, QStringLiteral("FilmFlex UK"),
            QStringLiteral("GBP"), policy, QStringLiteral("Europe/London")) };
        save(profile);
        QVERIFY(storeSecret(profile, m_sandbox->token()));
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QStringList investigate { QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("investigate"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
            QStringLiteral("--customer"), QStringLiteral("refund.showcase"), QStringLiteral("--at"), at };
        const QString policyFile = m_home.filePath(QStringLiteral("strict.json"));
        {
            QFile file(policyFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(policy.toUtf8());
        }
        const Run withProfile = cli(QStringList { QStringLiteral("--profile"), profile.name } + investigate);
        QVERIFY2(withProfile.exitCode == 0, withProfile.err.constData());
        const Run withFile = cli(QStringList { QStringLiteral("--base-url"), m_sandbox->url().toString() }
                + investigate + QStringList { QStringLiteral("--policy"), policyFile },
            m_sandbox->token());
        QVERIFY2(withFile.exitCode == 0, withFile.err.constData());
        const Run builtIn
            = cli(QStringList { QStringLiteral("--base-url"), m_sandbox->url().toString() } + investigate,
                m_sandbox->token());
        QVERIFY2(builtIn.exitCode == 0, builtIn.err.constData());
        // The verdicts: the sentences differ by the zone they name (the profile's, the machine's).
        const auto verdicts = [](const QByteArray& json) {
            QStringList all;
            for (const QJsonValue& item : QJsonDocument::fromJson(json).array())
                all.append(item[QStringLiteral("Verdict")].toString());
            return all;
        };
        QVERIFY(!verdicts(withProfile.out).isEmpty());
        QCOMPARE(verdicts(withProfile.out), verdicts(withFile.out));
        QVERIFY2(verdicts(withProfile.out) != verdicts(builtIn.out),
            "the refund showcase has unwatched items in the courtesy window");

        profile.affiliates.first().refundPolicy = QStringLiteral(R"({"CourtesyWindowHours": "two days"})");
        save(profile);
        const Run broken = cli(QStringList { QStringLiteral("--profile"), profile.name } + investigate);
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("Strict refunds") && broken.err.contains("CourtesyWindowHours"),
            broken.err.constData());
    }

    void aCertificateIsTrustedForItsHostAndPortOnly()
    {
        UntrustedTlsServer server;
        QVERIFY(server.isListening());
        ConnectionProfile profile = profileOf(QStringLiteral("Internal CA"), server.url());
        // trusted for this host on another port: not here
        const QString host = QStringLiteral("127.0.0.1");
        profile.trustedCertificates
            = { { host, server.serverPort() + 1, UntrustedTlsServer::fingerprint() } };
        save(profile);
        const Run elsewhere
            = cli(QStringList { QStringLiteral("--profile"), profile.name } + orders(), m_sandbox->token());
        QVERIFY2(elsewhere.exitCode == 6, elsewhere.err.constData());
        QVERIFY2(elsewhere.err.contains("certificate"), elsewhere.err.constData());
        QCOMPARE(server.requestCount(), 0);

        // for this host and port: it connects
        profile.trustedCertificates = { { host, server.serverPort(), UntrustedTlsServer::fingerprint() } };
        save(profile);
        const Run here
            = cli(QStringList { QStringLiteral("--profile"), profile.name } + orders(), m_sandbox->token());
        QVERIFY2(here.exitCode == 0, here.err.constData());
        QCOMPARE(server.requestCount(), 1);
    }

    void aNameMismatchIsNeverTrusted()
    {
        UntrustedTlsServer server(UntrustedTlsServer::Certificate::WrongName);
        QVERIFY(server.isListening());
        ConnectionProfile profile = profileOf(QStringLiteral("Wrong name"), server.url());
        // trust written into the settings by hand: the CLI ignores it all the same
        profile.trustedCertificates = { { QStringLiteral("127.0.0.1"), server.serverPort(),
            UntrustedTlsServer::fingerprint(UntrustedTlsServer::Certificate::WrongName) } };
        save(profile);
        const Run run
            = cli(QStringList { QStringLiteral("--profile"), profile.name } + orders(), m_sandbox->token());
        QVERIFY2(run.exitCode == 6, run.err.constData());
        QVERIFY2(run.err.contains("name"), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
