// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace ff {

// Where a started ffconsole-sandbox listens and how to speak to it, as its start lines say
// (SandboxStartLines).
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString token; // the API's secret; the control API can rotate it
    QString controlToken; // the control API's own secret, never rotated
    QString auth; // "bearer", "apikey" or "basic"
    QString apiKeyHeader; // for apikey
    QString basicUser; // for basic
    QString scaleCustomer; // with --scale: the customer with many orders
};

} // namespace ff
