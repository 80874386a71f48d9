// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/AccountPurchasesEndpoint.h"
#include "sandbox/ApiReply.h"
#include "sandbox/EntitlementBuilder.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/Journal.h"
#include "sandbox/ResponseBody.h"
#include "sandbox/SandboxData.h"

#include <QElapsedTimer>
#include <QHash>
#include <memory>
#include <optional>

namespace ff::sandbox {

// The five FilmFlex platform endpoints, answered as the ASP.NET Web API service does: routes
// matched case-insensitively, the api version checked, model binding's "The request is invalid."
// for a value of the wrong type, {"Message": ...} bodies for errors, and the admin service's
// Error envelope (JSON or XML) for account purchases. Authentication happens before this.
class PlatformApi final
{
public:
    PlatformApi(SandboxData& data, Journal* journal, bool jsonReferences);

    ApiReply handle(const HttpRequest& request);

    // {"Message": text}, the Web API's error body.
    static ApiReply message(int status, const QString& text);

private:
    ApiReply purchaseOrders(const HttpRequest& request, const QString& affiliateText, const QString& login);
    ApiReply addItem(const HttpRequest& request, const QString& orderIdText);
    ApiReply entitlement(
        const HttpRequest& request, const QString& affiliateText, const QString& supplierRef);
    ApiReply acknowledgeLicence(const HttpRequest& request, const QString& affiliateText,
        const QString& deviceText, const QString& itemText);

    // A 400 when the request's "v" is not one the endpoint serves.
    static std::optional<ApiReply> checkVersion(const HttpRequest& request, const QStringList& supported);
    // Now, in the data's timeline: --now plus the time since start, with the affiliate's offset.
    DateTimeOffset now(const Affiliate& affiliate) const;
    std::shared_ptr<const ResponseBody> ordersBody(qsizetype customer);

    SandboxData& m_data;
    Journal* m_journal;
    bool m_jsonReferences;
    EntitlementBuilder m_entitlements;
    AccountPurchasesEndpoint m_accounts;
    QElapsedTimer m_clock;
    // Each customer's serialized orders, with the customer's revision they were made at.
    QHash<qsizetype, std::pair<quint64, std::shared_ptr<const ResponseBody>>> m_ordersCache;
};

} // namespace ff::sandbox
