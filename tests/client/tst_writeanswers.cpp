// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "api/launcher/SandboxCustomer.h"
#include "tests/client/Await.h"
#include "tests/support/Fixtures.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/WriteFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ff;
using ff::test::await;
using ff::test::SandboxProcess;
using ff::test::WriteFaults;

// What counts as the answer to a write. Only a 4xx says for certain that it was not applied,
// and only a readable 2xx that is about this very write says that it was: any other answer (a
// 5xx from the server or a gateway, a redirect, a 2xx about something else) leaves the outcome
// unknown, and the audit log says so, never "failed" and never "succeeded".
class TestWriteAnswers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    qint64 m_affiliate = 0;
    QString m_username;
    QString m_device;
    QJsonObject m_order; // zoë's first order, as the server sends it
    qint64 m_item = 0;

    ApiClient* client()
    {
        ConnectionSettings settings;
        settings.platformUrl = m_sandbox->url();
        settings.adminUrl = m_sandbox->url();
        settings.timeoutMs = 5000;
        Credentials credentials;
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = m_sandbox->token();
        return new ApiClient(settings, credentials, this);
    }

    AuditLog log() const { return AuditLog(m_dir.filePath(QStringLiteral("audit.jsonl"))); }

    static AuditEntry who()
    {
        AuditEntry entry;
        entry.ticket = QStringLiteral("CS-77");
        entry.reason = QStringLiteral("answers to writes");
        entry.source = QStringLiteral("console");
        return entry;
    }

    QJsonArray ordersJson()
    {
        const SandboxProcess::Reply reply = m_sandbox->get("api/Customer/PurchaseOrders/"
            + QByteArray::number(m_affiliate) + '/' + QUrl::toPercentEncoding(m_username) + "?v=2.0");
        return QJsonDocument::fromJson(reply.body).array();
    }

    // Sends the write (add-item or ack-license) through the audit log, with the fault queued on
    // it; what the call ended with.
    std::optional<ApiError> write(const QString& endpoint, const QJsonObject& fault)
    {
        m_sandbox->addFaults(
            { WriteFaults::on(endpoint == QLatin1String("add-item") ? "PUT" : "POST", fault) });
        m_sandbox->clearRequests();
        std::unique_ptr<ApiClient> api(client());
        if (endpoint == QLatin1String("add-item")) {
            PurchaseOrderItem item;
            item.offerId = 4211;
            item.supplierRef = QStringLiteral("FFX-ANSWER");
            item.unitPrice = *Decimal::fromString("1.25");
            const auto result = await<PurchaseOrder>([&](auto done) {
                AuditedWrites::addItem(
                    *api, log(), who(), m_order.value(QStringLiteral("Id")).toInteger(), item, this, done);
            });
            return result ? std::nullopt : std::optional<ApiError>(result.error());
        }
        const auto result = await<EntitlementV1>([&](auto done) {
            AuditedWrites::acknowledgeLicense(*api, log(), who(), m_affiliate, m_device, m_item, this, done);
        });
        return result ? std::nullopt : std::optional<ApiError>(result.error());
    }

    AuditEntry lastRecorded() const
    {
        const auto contents = log().read();
        return contents && !contents->entries.isEmpty() ? contents->entries.last() : AuditEntry();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->errorString()));
        const SandboxCustomer zoe
            = m_sandbox->findCustomer(QStringLiteral("zoë smith")).value_or(SandboxCustomer());
        m_affiliate = zoe.affiliateId.value_or(0);
        m_username = zoe.username.value_or(QString());
        m_device = zoe.firstDeviceId();
        m_order = ordersJson().first().toObject();
        m_item = m_order.value(QStringLiteral("PurchaseOrderItemDtos"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Id"))
                     .toInteger();
        QVERIFY(m_affiliate > 0 && m_item > 0 && !m_device.isEmpty());
    }

    void init() { m_sandbox->clearFaults(); }

    void aServerErrorLeavesTheOutcomeUnknown_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("status");
        const QJsonObject refused { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 502 } };
        for (const char* endpoint : { "add-item", "ack-license" }) {
            for (const int status : { 500, 502, 504 })
                QTest::addRow("%s: applied, then %d", endpoint, status)
                    << QString::fromLatin1(endpoint) << WriteFaults::applyThen(status) << status;
            QTest::addRow("%s: 502 before the server saw it", endpoint)
                << QString::fromLatin1(endpoint) << refused << 502;
        }
    }
    void aServerErrorLeavesTheOutcomeUnknown()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, fault);
        QFETCH(int, status);
        const std::optional<ApiError> error = write(endpoint, fault);
        QVERIFY(error);
        QCOMPARE(error->httpStatus, status);
        QVERIFY2(error->outcomeUnknown, qPrintable(error->toString()));
        QCOMPARE(m_sandbox->requests().size(), 1); // sent once, never again
        const AuditEntry recorded = lastRecorded();
        QCOMPARE(recorded.outcome, AuditEntry::Outcome::Unknown);
        QCOMPARE(recorded.httpStatus, status);
    }

    void aClientErrorIsCertain_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : { 400, 401, 404, 409, 429 })
            QTest::addRow("%d", status) << status;
    }
    void aClientErrorIsCertain()
    {
        QFETCH(int, status);
        const std::optional<ApiError> error = write(QStringLiteral("add-item"),
            { { QStringLiteral("kind"), QStringLiteral("status") }, { QStringLiteral("status"), status } });
        QVERIFY(error);
        QVERIFY(!error->outcomeUnknown);
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Failed);
    }

    void aTwoHundredAboutSomethingElseIsNotASuccess_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        QJsonObject another = m_order;
        another.insert(QStringLiteral("Id"), m_order.value(QStringLiteral("Id")).toInteger() + 1);
        QJsonObject entitlement
            = QJsonDocument::fromJson(test::fixture(QStringLiteral("ack-license.response.sample.json")))
                  .object();
        entitlement.insert(QStringLiteral("Id"), m_item + 1);
        entitlement.insert(QStringLiteral("LicenseAcknowledged"), true);
        QTest::newRow("add-item: {}") << "add-item" << QByteArray("{}");
        QTest::newRow("add-item: another order") << "add-item" << QJsonDocument(another).toJson();
        QTest::newRow("add-item: the order without the item")
            << "add-item" << QJsonDocument(m_order).toJson();
        QTest::newRow("ack-license: {}") << "ack-license" << QByteArray("{}");
        QTest::newRow("ack-license: another item") << "ack-license" << QJsonDocument(entitlement).toJson();
    }
    void aTwoHundredAboutSomethingElseIsNotASuccess()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        const std::optional<ApiError> error
            = write(endpoint, WriteFaults::applyThen(200, QString::fromUtf8(body)));
        QVERIFY2(error, "a 2xx that is not about this write is not its success");
        QVERIFY2(error->outcomeUnknown, qPrintable(error->toString()));
        QCOMPARE(error->httpStatus, 200);
        QCOMPARE(m_sandbox->requests().size(), 1);
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Unknown);
    }

    void aRedirectAfterAWriteIsNotFollowed_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("303 after the PUT") << "add-item";
        QTest::newRow("303 after the POST") << "ack-license";
    }
    void aRedirectAfterAWriteIsNotFollowed()
    {
        // Followed, a 303 turns the write into a GET, whose answer (here the 405 of a route that
        // takes PUT or POST only) says nothing about the write: it was applied all the same.
        QFETCH(QString, endpoint);
        const std::optional<ApiError> error
            = write(endpoint, { { QStringLiteral("kind"), QStringLiteral("see-other") } });
        QVERIFY(error);
        QVERIFY2(error->outcomeUnknown, qPrintable(error->toString()));
        QCOMPARE(error->httpStatus, 303);
        const QJsonArray requests = m_sandbox->requests();
        QCOMPARE(requests.size(), 1); // no GET after it
        if (endpoint == QLatin1String("add-item")) // (the licence was acknowledged by the tests before)
            QCOMPARE(requests.first().toObject().value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Unknown);
    }

    void theRightAnswerIsASuccess()
    {
        // A plain write (a delay of nothing): its own order with the item in it, its own item's
        // entitlement.
        QVERIFY(!write(QStringLiteral("add-item"),
            { { QStringLiteral("kind"), QStringLiteral("delay") }, { QStringLiteral("ms"), 0 } }));
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Succeeded);
        QVERIFY(!write(QStringLiteral("ack-license"),
            { { QStringLiteral("kind"), QStringLiteral("delay") }, { QStringLiteral("ms"), 0 } }));
        QCOMPARE(lastRecorded().outcome, AuditEntry::Outcome::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestWriteAnswers)
#include "tst_writeanswers.moc"
