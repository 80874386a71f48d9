// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "api/launcher/SandboxInfo.h"
#include "tests/support/SandboxProcess.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QUuid>
#include <memory>

// What the sandbox's own suites share: the fixed seed and instant, the endpoints' paths, and
// reading what came over the wire.
namespace ff::test {

// The instant the fixed data is generated around, and the arguments that fix seed and instant.
extern const QString FixedNow;
QStringList fixedArguments();
// A sandbox with the fixed seed and instant, for a whole suite, and (when info is given) what it
// says of its data; nullptr, and a failed test, when it does not start.
std::unique_ptr<SandboxProcess> startFixedSandbox(SandboxInfo* info = nullptr);
// A PUT of a new item (a rental of The Last Ferry) to the order.
SandboxProcess::Call addItemCall(qint64 orderId);

QByteArray ordersPath(int affiliate, const QString& login);
QByteArray entitlementPath(int affiliate, const QString& supplierRef, bool family);
QByteArray purchasesPath(const QUuid& account, const QByteArray& query = {});

// The Web API's {"Message": ...} of an error body.
QString messageOf(const QByteArray& body);
QList<const PurchaseOrderItem*> itemsOf(const QList<PurchaseOrder>& orders);
// The customer whose username or email is login, or nullptr.
const SandboxCustomer* customerOf(const SandboxInfo& info, const QString& login);
// A customer's orders, read as the console reads them; a failure fails the test.
QList<PurchaseOrder> orders(SandboxProcess& sandbox, int affiliate, const QString& login);

// One request on a fresh connection, read until the server closes it (or 5 s pass): what
// actually came over the wire, before any HTTP client interprets it.
struct RawResponse
{
    QByteArray head;
    QByteArray body;
    qint64 declaredLength = -1;
    bool closed = false;
};
RawResponse raw(SandboxProcess& sandbox, const QByteArray& pathAndQuery);

// A connection of its own to the sandbox; nullptr (and a failed test) when it cannot be made.
std::unique_ptr<QTcpSocket> connectTo(SandboxProcess& sandbox);
// A GET of the path with the sandbox's credentials, as raw bytes, the connection kept.
QByteArray rawGet(SandboxProcess& sandbox, const QByteArray& pathAndQuery, const QByteArray& host = "x");
// Writes the request and reads one whole response (head and Content-Length body); what came
// when the time is up or the connection closed first.
QByteArray exchange(QTcpSocket& socket, const QByteArray& request, int timeoutMs = 5000);
// Everything that comes until the server closes the connection (or the time is up).
QByteArray readUntilClosed(QTcpSocket& socket, int timeoutMs);
// The resident memory of a process, from /proc (Linux); -1 when unknown.
qint64 residentBytes(qint64 processId);

} // namespace ff::test
