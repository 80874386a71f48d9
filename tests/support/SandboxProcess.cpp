// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SandboxProcess.h"

#include "api/client/OneShotUploadDevice.h"
#include "api/client/PathSegment.h"
#include "api/codec/JsonReader.h"
#include "api/launcher/SandboxInfoReader.h"
#include "api/launcher/SandboxStartLines.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace ff::test {

QByteArray SandboxProcess::Reply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SandboxProcess::program()
{
    const QString fromCtest = qEnvironmentVariable("FFCONSOLE_SANDBOX");
    return fromCtest.isEmpty() ? SandboxLauncher::defaultProgram() : fromCtest;
}

SandboxProcess::SandboxProcess(const QStringList& extraArguments, const QProcessEnvironment& environment)
{
    QSignalSpy ready(&m_launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&m_launcher, &SandboxLauncher::failed);
    m_launcher.start(program(),
        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
            QStringLiteral("--exit-with-parent") }
            + extraArguments,
        environment);
    const bool answered = QTest::qWaitFor(
        [&] { return ready.size() > 0 || failed.size() > 0; }, SandboxLauncher::DefaultTimeoutMs + 5000);
    if (!failed.isEmpty())
        m_error = failed.first().first().toString();
    else if (!answered || ready.isEmpty())
        m_error = QStringLiteral("the sandbox did not report ready");
    m_token = m_launcher.endpoint().token;
}

SandboxProcess::~SandboxProcess()
{
    stop(3000);
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (!m_launcher.isRunning())
        return true;
    m_launcher.stop();
    return QTest::qWaitFor([this] { return !m_launcher.isRunning(); }, timeoutMs + 3500);
}

std::pair<QByteArray, QByteArray> SandboxProcess::credentials() const
{
    const SandboxEndpoint& e = endpoint();
    if (e.auth == QLatin1String("apikey"))
        return { e.apiKeyHeader.toLatin1(), m_token.toUtf8() };
    if (e.auth == QLatin1String("basic"))
        return { "Authorization", "Basic " + (e.basicUser + QLatin1Char(':') + m_token).toUtf8().toBase64() };
    return { "Authorization", "Bearer " + m_token.toUtf8() };
}

SandboxProcess::Reply SandboxProcess::call(const Call& call)
{
    const QUrl target = QUrl::fromEncoded(url().toEncoded() + call.pathAndQuery, QUrl::StrictMode);
    QNetworkRequest request(target);
    request.setTransferTimeout(call.timeoutMs);
    if (call.allowLargeDecompression)
        request.setDecompressedSafetyCheckThreshold(-1);
    if (call.authenticate) {
        const auto [name, value] = credentials();
        request.setRawHeader(name, value);
    }
    if (call.control)
        request.setRawHeader(SandboxStartLines::ControlTokenHeader, controlToken().toUtf8());
    for (const auto& [name, value] : call.headers)
        request.setRawHeader(name, value);
    // Redirects are for the test to see, not for Qt to follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = nullptr;
    if (call.method == "GET" || call.method == "DELETE") {
        reply = m_network.sendCustomRequest(request, call.method);
    } else {
        // A body Qt cannot rewind, as the console's client sends it: otherwise Qt silently sends
        // a write again when a fault drops the connection, and the test sees the second answer.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
        auto* body = new OneShotUploadDevice(call.body);
        reply = m_network.sendCustomRequest(request, call.method, body);
        body->setParent(reply);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(call.timeoutMs + 5000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    }
    reply->deleteLater();
    return result;
}

SandboxProcess::Reply SandboxProcess::get(const QByteArray& pathAndQuery, bool authenticate)
{
    Call request;
    request.pathAndQuery = pathAndQuery;
    request.authenticate = authenticate;
    return call(request);
}

QJsonDocument SandboxProcess::control(
    const QByteArray& method, const QByteArray& path, const QByteArray& body)
{
    Call request;
    request.method = method;
    request.pathAndQuery = "_sandbox/" + path;
    request.authenticate = false;
    request.control = true;
    request.body = body;
    if (!body.isEmpty())
        request.headers.emplace_back("Content-Type", "application/json");
    const Reply reply = call(request);
    if (reply.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("%1 /_sandbox/%2 answered %3: %4")
                                    .arg(QString::fromLatin1(method), QString::fromLatin1(path))
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body.left(300)))),
            __FILE__, __LINE__);
    }
    return QJsonDocument::fromJson(reply.body);
}

SandboxInfo SandboxProcess::sandboxInfo()
{
    SandboxInfoReader reader;
    std::optional<Result<SandboxInfo, QString>> read;
    reader.read(
        endpoint(), &reader, [&read](Result<SandboxInfo, QString> result) { read = std::move(result); });
    const bool answered
        = QTest::qWaitFor([&read] { return read.has_value(); }, SandboxInfoReader::DefaultTimeoutMs + 5000);
    if (!answered || !*read) {
        QTest::qFail(qPrintable(read ? read->error() : QStringLiteral("no answer from /_sandbox/info")),
            __FILE__, __LINE__);
        return {};
    }
    return std::move(*read).value();
}

std::optional<SandboxCustomer> SandboxProcess::findCustomer(const QString& username)
{
    const SandboxInfo info = sandboxInfo();
    const SandboxCustomer* customer = info.customer(username);
    return customer ? std::optional<SandboxCustomer>(*customer) : std::nullopt;
}

QList<PurchaseOrder> SandboxProcess::purchaseOrders(qint64 affiliate, const QString& customer)
{
    const auto segment = PathSegment::encode(customer, QStringLiteral("customer"));
    if (!segment)
        return {};
    const Reply reply
        = get("api/Customer/PurchaseOrders/" + QByteArray::number(affiliate) + '/' + *segment + "?v=2.0");
    if (reply.status != 200)
        return {};
    const auto orders = readJson<QList<PurchaseOrder>>(reply.body);
    return orders ? *orders : QList<PurchaseOrder>();
}

void SandboxProcess::addFaults(const QJsonArray& faults)
{
    control("POST", "faults", QJsonDocument(QJsonObject { { QStringLiteral("faults"), faults } }).toJson());
}

void SandboxProcess::clearFaults()
{
    control("DELETE", "faults");
}

QJsonArray SandboxProcess::requests()
{
    return control("GET", "requests").array();
}

void SandboxProcess::clearRequests()
{
    control("DELETE", "requests");
}

QString SandboxProcess::rotateToken()
{
    m_token = control("POST", "rotate-token").object().value(QStringLiteral("token")).toString();
    return m_token;
}

} // namespace ff::test
