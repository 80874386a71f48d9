// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiClient.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ConnectionProfile.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

template <class T, class Start> Result<T, ApiError> await(Start start)
{
    std::optional<Result<T, ApiError>> outcome;
    start([&outcome](Result<T, ApiError> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30'000))
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("the test gave up waiting"));
    return std::move(*outcome);
}

// How many requests the sandbox received, and how many of them carried the Authorization header
// (its value is redacted in the log, its presence is not).
std::pair<int, int> requestsAndSecrets(SandboxProcess& sandbox)
{
    int secrets = 0;
    const QJsonArray requests = sandbox.requests();
    for (const QJsonValue& request : requests) {
        const QJsonObject headers = request.toObject().value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                ++secrets;
        }
    }
    return { int(requests.size()), secrets };
}

QJsonObject redirectTo(const QUrl& location)
{
    return { { QStringLiteral("kind"), QStringLiteral("redirect") },
        { QStringLiteral("location"), location.toString() } };
}

} // namespace

// A profile's secret goes to the profile's own origins (scheme, host and port of its platform and
// admin URLs) and nowhere else, whoever builds the request and wherever a server redirects it.
// Two real sandboxes on loopback that accept the same token, so that a secret sent to the wrong
// one would be accepted there.
class TestSecretOrigins : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_here;
    std::unique_ptr<SandboxProcess> m_elsewhere;
    qint64 m_affiliate = 0;
    QString m_username;
    QUuid m_account;

    ConnectionProfile profileOf(const QUrl& platform, const QUrl& admin = {}) const
    {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::newId();
        profile.name = QStringLiteral("Here");
        profile.platformUrl = platform;
        profile.adminUrl = admin;
        return profile;
    }

    Result<QList<PurchaseOrder>, ApiError> orders(ApiClient& client)
    {
        return await<QList<PurchaseOrder>>(
            [&](auto done) { client.purchaseOrders(m_affiliate, m_username, this, done); });
    }

private slots:
    void initTestCase()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FFCONSOLE_SANDBOX_TOKEN"), QStringLiteral("one-token-for-both"));
        m_here = std::make_unique<SandboxProcess>(QStringList(), environment);
        m_elsewhere = std::make_unique<SandboxProcess>(QStringList(), environment);
        QVERIFY2(m_here->isReady(), qPrintable(m_here->errorString()));
        QVERIFY2(m_elsewhere->isReady(), qPrintable(m_elsewhere->errorString()));
        QCOMPARE(m_here->token(), m_elsewhere->token());
        const auto zoe = m_here->findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        m_affiliate = zoe->affiliateId.value_or(0);
        m_username = zoe->username.value_or(QString());
        m_account = zoe->customerId.value_or(QUuid());
    }

    void init()
    {
        m_here->clearRequests();
        m_here->clearFaults();
        m_elsewhere->clearRequests();
    }

    void originsAreSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("profileUrl");
        QTest::addColumn<QString>("requestUrl");
        QTest::addColumn<bool>("sent");
        QTest::newRow("same") << QStringLiteral("https://api.filmflex.example/v2/")
                              << QStringLiteral("https://api.filmflex.example/api/x") << true;
        QTest::newRow("default port written out")
            << QStringLiteral("https://api.filmflex.example/")
            << QStringLiteral("https://api.filmflex.example:443/api/x") << true;
        QTest::newRow("host in capitals") << QStringLiteral("https://API.FilmFlex.example/")
                                          << QStringLiteral("https://api.filmflex.example/api/x") << true;
        QTest::newRow("http, not https") << QStringLiteral("https://api.filmflex.example/")
                                         << QStringLiteral("http://api.filmflex.example/api/x") << false;
        QTest::newRow("another port") << QStringLiteral("https://api.filmflex.example/")
                                      << QStringLiteral("https://api.filmflex.example:8443/api/x") << false;
        QTest::newRow("another host")
            << QStringLiteral("https://api.filmflex.example/")
            << QStringLiteral("https://api.filmflex.example.attacker.test/api/x") << false;
        QTest::newRow("a subdomain") << QStringLiteral("https://filmflex.example/")
                                     << QStringLiteral("https://api.filmflex.example/api/x") << false;
    }
    void originsAreSchemeHostAndPort()
    {
        QFETCH(QString, profileUrl);
        QFETCH(QString, requestUrl);
        QFETCH(bool, sent);
        const Credentials credentials = profileOf(QUrl(profileUrl)).credentials(QStringLiteral("s3cr3t"));
        QNetworkRequest request { QUrl(requestUrl) };
        QCOMPARE(credentials.applyTo(request), sent);
        QCOMPARE(request.hasRawHeader("Authorization"), sent);
    }

    void aProfilesSecretIsNotSentToAServerOfAnotherProfile()
    {
        // the profile's credentials handed to a client pointed elsewhere: refused, nothing sent
        const ConnectionProfile profile = profileOf(m_here->url());
        ConnectionSettings elsewhere = profile.connectionSettings();
        elsewhere.platformUrl = m_elsewhere->url();
        elsewhere.adminUrl = m_elsewhere->url();
        ApiClient client(elsewhere, profile.credentials(m_here->token()));
        const auto refused = orders(client);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
        QCOMPARE(refused.error().refusedBy, ApiError::ProfileSetting::Url);
        QVERIFY2(refused.error().message.contains(QString::number(m_elsewhere->url().port())),
            qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(m_here->token()));
        QCOMPARE(requestsAndSecrets(*m_elsewhere), std::make_pair(0, 0));

        // its own server gets it
        ApiClient own(profile.connectionSettings(), profile.credentials(m_here->token()));
        QVERIFY(orders(own));
        QCOMPARE(requestsAndSecrets(*m_here), std::make_pair(1, 1));
    }

    void theAdminUrlIsAnOriginOfTheProfileToo()
    {
        const ConnectionProfile profile = profileOf(m_here->url(), m_elsewhere->url());
        ApiClient client(profile.connectionSettings(), profile.credentials(m_here->token()));
        const auto purchases = await<AccountPurchasesResponse>(
            [&](auto done) { client.accountPurchases(m_account, {}, this, done); });
        QVERIFY2(purchases, purchases ? "" : qPrintable(purchases.error().toString()));
        QCOMPARE(requestsAndSecrets(*m_elsewhere), std::make_pair(1, 1));
        QCOMPARE(requestsAndSecrets(*m_here), std::make_pair(0, 0));
    }

    void aRedirectToAnotherPortCarriesNoSecret_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http to another port") << false;
        QTest::newRow("the same port over https") << true;
    }
    void aRedirectToAnotherPortCarriesNoSecret()
    {
        QFETCH(bool, https);
        const ConnectionProfile profile = profileOf(m_here->url());
        QUrl target = https ? m_here->url() : m_elsewhere->url();
        if (https)
            target.setScheme(QStringLiteral("https"));
        target.setPath(QStringLiteral("/api/Customer/PurchaseOrders/%1/x").arg(m_affiliate));
        m_here->addFaults({ redirectTo(target) });
        ApiClient client(profile.connectionSettings(), profile.credentials(m_here->token()));
        const auto redirected = orders(client);
        QVERIFY(!redirected);
        QCOMPARE(redirected.error().kind, ApiError::Kind::Redirect);
        QCOMPARE(requestsAndSecrets(*m_elsewhere), std::make_pair(0, 0));
        QCOMPARE(requestsAndSecrets(*m_here), std::make_pair(1, 1)); // the redirect only
    }

    void aRedirectWithinTheOriginIsFollowedWithTheSecret()
    {
        const ConnectionProfile profile = profileOf(m_here->url());
        QUrl target = m_here->url();
        target.setPath(QStringLiteral("/api/Customer/PurchaseOrders/%1/%2").arg(m_affiliate).arg(m_username));
        target.setQuery(QStringLiteral("v=2.0"));
        m_here->addFaults({ redirectTo(target) });
        ApiClient client(profile.connectionSettings(), profile.credentials(m_here->token()));
        const auto followed = orders(client);
        QVERIFY2(followed, followed ? "" : qPrintable(followed.error().toString()));
        QCOMPARE(requestsAndSecrets(*m_here), std::make_pair(2, 2));
    }
};

QTEST_GUILESS_MAIN(TestSecretOrigins)
#include "tst_secretorigins.moc"
