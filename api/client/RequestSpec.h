// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ff {

// One request, described before it becomes a URL: which service, which method, the path
// segments already encoded one by one, the query parameters that are set, and the body.
struct RequestSpec
{
    enum class Service { Platform, Admin };

    QString endpoint; // a short name for logs and the audit trail, e.g. "orders"
    Service service = Service::Platform;
    QByteArray method = "GET";
    QList<QByteArray> encodedPath; // e.g. {"api", "Customer", "PurchaseOrders", "1", "zo%C3%AB"}
    QList<QPair<QString, QString>> query; // decoded; encoded when the URL is built
    QByteArray body;
    QByteArray accept = "application/json";

    // PUT and POST change data: they are never retried, and a failure after sending leaves
    // their outcome unknown.
    bool isWrite() const { return method != "GET"; }
};

} // namespace ff
