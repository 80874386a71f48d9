// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/auth/Credentials.h"
#include "api/client/AccountPurchasesQuery.h"
#include "api/client/ApiCall.h"
#include "api/client/ApiError.h"
#include "api/client/ConnectionSettings.h"
#include "api/core/Result.h"
#include "api/dto/AccountPurchasesResponse.h"
#include "api/dto/Entitlement.h"
#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrder.h"

#include <QList>
#include <QObject>
#include <QUuid>
#include <functional>

class QNetworkAccessManager;

namespace ff {

// The FilmFlex platform API, one asynchronous call per endpoint over one QNetworkAccessManager.
// Each call ends exactly once in its callback with the typed result or an ApiError, unless the
// context object is destroyed first; the body is parsed on a worker thread. The returned
// ApiCall can cancel the request; bad input is reported through the callback too, before
// anything is sent. A write succeeds only with a 2xx that is about it (WriteVerification's
// answerProblem); any other 2xx leaves its outcome unknown.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    template <class T> using Callback = std::function<void(Result<T, ApiError>)>;

    ApiClient(ConnectionSettings settings, Credentials credentials, QObject* parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings& settings() const { return m_settings; }
    AuthScheme authScheme() const { return m_credentials.scheme; }
    // New credentials for the calls started from now on.
    void setCredentials(Credentials credentials);
    // A new secret for the same scheme (a token renewed after it expired).
    void setSecret(const QString& secret) { m_credentials.secret = secret; }

    // GET api/Customer/PurchaseOrders/{affiliateId}/{username}?v=2.0
    ApiCall* purchaseOrders(
        qint64 affiliateId, const QString& username, QObject* context, Callback<QList<PurchaseOrder>> done);
    // PUT api/Purchase/{purchaseOrderId}?v=2.0: returns the whole order with the item added.
    ApiCall* addItem(qint64 purchaseOrderId, const PurchaseOrderItem& item, QObject* context,
        Callback<PurchaseOrder> done);
    // GET api/Entitlement/{affiliateId}/{supplierRef}?includeParentAndChildren=&v=2.0
    ApiCall* entitlement(qint64 affiliateId, const QString& supplierRef, bool includeParentAndChildren,
        QObject* context, Callback<Entitlement> done);
    // GET api/v1/admin/accounts/{id}/purchases on the admin service. An Error envelope with a
    // code or reason ends as an ApiError of kind Api.
    ApiCall* accountPurchases(const QUuid& accountId, const AccountPurchasesQuery& query, QObject* context,
        Callback<AccountPurchasesResponse> done);
    // POST api/License/AcknowledgeLicenseIssued/{affiliateId}/{deviceId}/{purchaseOrderItemId}?v=1
    ApiCall* acknowledgeLicense(qint64 affiliateId, const QString& deviceId, qint64 purchaseOrderItemId,
        QObject* context, Callback<EntitlementV1> done);

signals:
    // Every call, as it starts: for busy indicators and logs.
    void callStarted(ff::ApiCall* call);

private:
    // For a write: why a readable 2xx answer is not the answer to this write, when it is not.
    template <class T> using AnswerCheck = std::function<std::optional<QString>(const T&)>;

    template <class T>
    ApiCall* start(RequestSpec spec, QObject* context, Callback<T> done, const QString& invalidInput = {},
        AnswerCheck<T> check = {});
    // The request to send, or why it is refused before anything is sent (the profile's URL,
    // secret or read-only setting).
    Result<QNetworkRequest, ApiError> networkRequestFor(const RequestSpec& spec) const;

    ConnectionSettings m_settings;
    Credentials m_credentials;
    QNetworkAccessManager* m_network;
};

} // namespace ff
