// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/sandbox/SandboxTestKit.h"

#include "api/codec/JsonReader.h"
#include "api/core/GuidText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace ff::test {

const QString FixedNow = QStringLiteral("2025-09-04T12:00:00Z");

QStringList fixedArguments()
{
    return { QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"), FixedNow };
}

std::unique_ptr<SandboxProcess> startFixedSandbox(SandboxInfo* info)
{
    if (SandboxProcess::program().isEmpty()) {
        QTest::qFail("FFCONSOLE_SANDBOX is not set and ffconsole-sandbox is not on PATH", __FILE__, __LINE__);
        return nullptr;
    }
    auto sandbox = std::make_unique<SandboxProcess>(fixedArguments());
    if (!sandbox->isReady()) {
        QTest::qFail(qPrintable(sandbox->errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    if (info) {
        *info = sandbox->sandboxInfo();
        if (!info->customers || info->customers->size() < 24) {
            QTest::qFail("the sandbox lists fewer than 24 customers", __FILE__, __LINE__);
            return nullptr;
        }
    }
    return sandbox;
}

SandboxProcess::Call addItemCall(qint64 orderId)
{
    SandboxProcess::Call put;
    put.method = "PUT";
    put.pathAndQuery = "api/Purchase/" + QByteArray::number(orderId) + "?v=2.0";
    put.headers.emplace_back("Content-Type", "application/json");
    put.body = R"({"OfferId":110021,"UnitPrice":3.49,"SupplierRef":"ARC-004121"})";
    return put;
}

namespace {

QByteArray encoded(const QString& segment)
{
    return QUrl::toPercentEncoding(segment);
}

// The Content-Length a response's head declares; -1 without one.
qint64 declaredLength(const QByteArray& head)
{
    const QRegularExpressionMatch length
        = QRegularExpression(QStringLiteral("Content-Length: (\\d+)")).match(QString::fromLatin1(head));
    return length.hasMatch() ? length.captured(1).toLongLong() : -1;
}

} // namespace

QByteArray ordersPath(int affiliate, const QString& login)
{
    return "api/Customer/PurchaseOrders/" + QByteArray::number(affiliate) + '/' + encoded(login) + "?v=2.0";
}

QByteArray entitlementPath(int affiliate, const QString& supplierRef, bool family)
{
    return "api/Entitlement/" + QByteArray::number(affiliate) + '/' + encoded(supplierRef)
        + "?includeParentAndChildren=" + (family ? "true" : "false") + "&v=2.0";
}

QByteArray purchasesPath(const QUuid& account, const QByteArray& query)
{
    return "api/v1/admin/accounts/" + GuidText::toText(account) + "/purchases"
        + (query.isEmpty() ? QByteArray() : QByteArray("?" + query));
}

QString messageOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("Message")).toString();
}

QList<const PurchaseOrderItem*> itemsOf(const QList<PurchaseOrder>& orders)
{
    QList<const PurchaseOrderItem*> items;
    for (const PurchaseOrder& order : orders) {
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos)
            items.append(&item);
    }
    return items;
}

const SandboxCustomer* customerOf(const SandboxInfo& info, const QString& login)
{
    for (const SandboxCustomer& customer : *info.customers) {
        if (customer.username == login || customer.email == login)
            return &customer;
    }
    return nullptr;
}

QList<PurchaseOrder> orders(SandboxProcess& sandbox, int affiliate, const QString& login)
{
    const SandboxProcess::Reply reply = sandbox.get(ordersPath(affiliate, login));
    if (reply.status != 200) {
        QTest::qFail(qPrintable(QStringLiteral("orders of %1: %2 %3")
                                    .arg(login)
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body))),
            __FILE__, __LINE__);
        return {};
    }
    const auto parsed = readJson<QList<PurchaseOrder>>(reply.body);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return parsed.value();
}

RawResponse raw(SandboxProcess& sandbox, const QByteArray& pathAndQuery)
{
    RawResponse response;
    const std::unique_ptr<QTcpSocket> socket = connectTo(sandbox);
    if (!socket)
        return response;
    socket->write(rawGet(sandbox, pathAndQuery));
    const QByteArray data = readUntilClosed(*socket, 5000);
    response.closed = socket->state() != QAbstractSocket::ConnectedState;
    const qsizetype end = data.indexOf("\r\n\r\n");
    response.head = data.left(end);
    response.body = data.mid(end + 4);
    response.declaredLength = declaredLength(response.head);
    return response;
}

std::unique_ptr<QTcpSocket> connectTo(SandboxProcess& sandbox)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
    if (!socket->waitForConnected(3000)) {
        QTest::qFail("cannot connect to the sandbox", __FILE__, __LINE__);
        return nullptr;
    }
    return socket;
}

QByteArray rawGet(SandboxProcess& sandbox, const QByteArray& pathAndQuery, const QByteArray& host)
{
    const auto [name, value] = sandbox.credentials();
    return "GET /" + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: identity\r\n" + name
        + ": " + value + "\r\n\r\n";
}

QByteArray exchange(QTcpSocket& socket, const QByteArray& request, int timeoutMs)
{
    socket.write(request);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0 && data.size() >= end + 4 + qMax<qint64>(0, declaredLength(data.left(end))))
            break;
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        data += socket.readAll();
    }
    return data + socket.readAll();
}

QByteArray readUntilClosed(QTcpSocket& socket, int timeoutMs)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
    }
    return data + socket.readAll();
}

qint64 residentBytes(qint64 processId)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace ff::test
