// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiClient.h"

#include "api/client/BodyExcerpt.h"
#include "api/client/ContentDecoding.h"
#include "api/client/PathSegment.h"
#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "api/codec/XmlReader.h"
#include "api/domain/WriteVerification.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace ff {

Q_LOGGING_CATEGORY(lcClient, "ffconsole.api.client", QtWarningMsg)

namespace {

const QByteArray UserAgent = "FilmFlexAgentConsole/" FFCONSOLE_VERSION;

// Credentials bound to no origin yet go to the client's own URLs, and nowhere else.
Credentials boundTo(Credentials credentials, const ConnectionSettings& settings)
{
    if (credentials.origins.isEmpty()) {
        for (const QUrl& url : { settings.platformUrl, settings.adminUrl }) {
            const Origin origin = Origin::of(url);
            if (origin.isValid() && !credentials.origins.contains(origin))
                credentials.origins.append(origin);
        }
    }
    return credentials;
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError malformed(const QString& message, const QString& path, const ResponseMeta& meta, bool isWrite)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.message = message;
    error.parsePath = path;
    error.httpStatus = meta.httpStatus;
    error.requestId = meta.requestId;
    // A 2xx to a write that cannot be read: it was most likely applied, but nothing proves it.
    error.outcomeUnknown = isWrite;
    return error;
}

ApiError envelopeError(const ResponseError& envelope, const ResponseMeta& meta)
{
    ApiError error;
    error.kind = ApiError::Kind::Api;
    error.httpStatus = meta.httpStatus;
    error.requestId = meta.requestId;
    error.apiErrorCode = envelope.errorCode.value_or(QString());
    error.apiErrorReason = envelope.errorReason.value_or(QString());
    error.message = ApiClient::tr("the server reported an error: %1")
                        .arg(error.apiErrorReason.isEmpty() ? error.apiErrorCode
                                : error.apiErrorCode.isEmpty()
                                ? error.apiErrorReason
                                : error.apiErrorCode + QStringLiteral(" – ") + error.apiErrorReason);
    return error;
}

bool isJson(const QByteArray& contentType)
{
    return contentType.isEmpty() || contentType.contains("json");
}

// Inflates a compressed body (on the worker thread, like the parsing that follows).
std::optional<ApiError> inflated(QByteArray& body, const ResponseMeta& meta, qint64 maxBytes, bool isWrite)
{
    ContentDecoding decoded = ContentDecoding::decode(body, meta.contentEncoding, maxBytes);
    if (decoded.outcome == ContentDecoding::Outcome::Decoded) {
        body = std::move(decoded.body);
        return std::nullopt;
    }
    ApiError error = malformed(
        ApiClient::tr("the response could not be read: %1").arg(decoded.problem), QString(), meta, isWrite);
    if (decoded.outcome == ContentDecoding::Outcome::TooLarge)
        error.kind = ApiError::Kind::TooLarge;
    return error;
}

// Reads a body of type T; runs on a worker thread.
template <class T>
Result<T, ApiError> parseBody(
    const QByteArray& body, const ResponseMeta& meta, const JsonReadOptions& options, bool isWrite)
{
    if (!isJson(meta.contentType))
        return malformed(
            ApiClient::tr("expected JSON, but the server sent %1: %2")
                .arg(QString::fromLatin1(meta.contentType), BodyExcerpt::of(body, meta.contentType)),
            QString(), meta, isWrite);
    auto result = readJson<T>(body, options);
    if (!result)
        return malformed(ApiClient::tr("the response could not be read: %1").arg(result.error().toString()),
            result.error().path, meta, isWrite);
    return std::move(result).value();
}

template <>
Result<AccountPurchasesResponse, ApiError> parseBody(
    const QByteArray& body, const ResponseMeta& meta, const JsonReadOptions& options, bool isWrite)
{
    const bool xml = meta.contentType.contains("xml");
    if (!xml && !isJson(meta.contentType))
        return malformed(
            ApiClient::tr("expected JSON or XML, but the server sent %1: %2")
                .arg(QString::fromLatin1(meta.contentType), BodyExcerpt::of(body, meta.contentType)),
            QString(), meta, isWrite);
    auto result
        = xml ? readAccountPurchasesXml(body, options) : readJson<AccountPurchasesResponse>(body, options);
    if (!result)
        return malformed(ApiClient::tr("the response could not be read: %1").arg(result.error().toString()),
            result.error().path, meta, isWrite);
    if (result->isError())
        return envelopeError(*result->error, meta);
    return std::move(result).value();
}

// The admin API explains its 4xx in the Error envelope; use it when it is there.
void explainWithEnvelope(ApiError& error, const QByteArray& errorBody)
{
    if (errorBody.isEmpty() || error.kind != ApiError::Kind::Http)
        return;
    const QByteArray head = errorBody.trimmed();
    auto parsed = head.startsWith('<') ? readAccountPurchasesXml(errorBody)
                                       : readJson<AccountPurchasesResponse>(errorBody);
    if (parsed && parsed->isError()) {
        ResponseMeta meta;
        meta.httpStatus = error.httpStatus;
        meta.requestId = error.requestId;
        const QString statusText = error.message;
        const bool outcomeUnknown = error.outcomeUnknown;
        error = envelopeError(*parsed->error, meta);
        error.message += QStringLiteral(" (%1)").arg(statusText);
        error.outcomeUnknown = outcomeUnknown;
    }
}

} // namespace

ApiClient::ApiClient(ConnectionSettings settings, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(boundTo(std::move(credentials), m_settings))
    , m_network(new QNetworkAccessManager(this))
{
    if (m_settings.proxy)
        m_network->setProxy(*m_settings.proxy);
    else
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setCredentials(Credentials credentials)
{
    m_credentials = boundTo(std::move(credentials), m_settings);
}

Result<QNetworkRequest, ApiError> ApiClient::networkRequestFor(const RequestSpec& spec) const
{
    const auto refused = [](ApiError::ProfileSetting setting, QString message) {
        ApiError error = ApiError::make(ApiError::Kind::InvalidInput, std::move(message));
        error.refusedBy = setting;
        return error;
    };
    const bool admin = spec.service == RequestSpec::Service::Admin;
    QUrl url = admin ? m_settings.adminUrl : m_settings.platformUrl;
    // Each sentence whole for each service, so that a translation can inflect the service's name.
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return refused(ApiError::ProfileSetting::Url,
            (admin ? tr("the admin API URL \"%1\" is not an http(s) URL")
                   : tr("the platform API URL \"%1\" is not an http(s) URL"))
                .arg(url.toDisplayString()));
    if (url.scheme() == QLatin1String("http") && !isLoopback(url) && !m_settings.allowInsecureHttp)
        return refused(ApiError::ProfileSetting::Url,
            admin ? tr("the admin API URL uses plain http to another machine; use https, or allow insecure "
                       "http in the profile")
                  : tr("the platform API URL uses plain http to another machine; use https, or allow "
                       "insecure http in the profile"));
    if (spec.isWrite() && m_settings.readOnly)
        return refused(
            ApiError::ProfileSetting::ReadOnly, tr("this profile is read-only: changes are not sent"));
    if (!m_credentials.hasSecret())
        return refused(ApiError::ProfileSetting::Secret,
            tr("no secret is set for this profile's %1 authentication")
                .arg(authSchemeName(m_credentials.scheme)));

    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (!path.endsWith('/'))
        path += '/';
    path += spec.encodedPath.join('/');
    url.setPath(QString::fromUtf8(path), QUrl::StrictMode);
    QStringList query;
    for (const auto& [name, value] : spec.query)
        query.append(
            QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
    url.setQuery(query.join(QLatin1Char('&')), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", spec.accept);
    request.setRawHeader("User-Agent", UserAgent);
    // Asked for by hand, so that Qt leaves the body compressed and the worker inflates it.
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    if (spec.isWrite())
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The one place where a secret joins a request, and only one for its own origins.
    if (!m_credentials.applyTo(request))
        return refused(ApiError::ProfileSetting::Url,
            (admin ? tr("the admin API URL %1 is not one of the servers this profile's secret is for (%2): "
                        "nothing was sent")
                   : tr(
                       "the platform API URL %1 is not one of the servers this profile's secret is for (%2): "
                       "nothing was sent"))
                .arg(Origin::of(url).toString(), describeOrigins(m_credentials.origins)));
    return request;
}

template <class T>
ApiCall* ApiClient::start(
    RequestSpec spec, QObject* context, Callback<T> done, const QString& invalidInput, AnswerCheck<T> check)
{
    std::optional<ApiError> problem;
    QNetworkRequest request;
    if (!invalidInput.isEmpty()) {
        problem = ApiError::make(ApiError::Kind::InvalidInput, invalidInput);
    } else {
        auto made = networkRequestFor(spec);
        if (made)
            request = *made;
        else
            problem = made.error();
    }

    const bool isWrite = spec.isWrite();
    auto* call = new ApiCall(m_network, request, std::move(spec), m_settings, this);
    auto deliver = [context = QPointer<QObject>(context), hasContext = context != nullptr,
                       done = std::move(done)](Result<T, ApiError> result) {
        if (hasContext && !context)
            return; // whoever asked is gone
        done(std::move(result));
    };
    call->m_onError = [deliver](ApiError error, const QByteArray& errorBody) mutable {
        explainWithEnvelope(error, errorBody);
        deliver(std::move(error));
    };
    const JsonReadOptions options = m_settings.parsing;
    const qint64 maxBytes = m_settings.maxResponseBytes;
    call->m_onBody = [deliver, options, isWrite, maxBytes, check](
                         ApiCall* call, QByteArray body, ResponseMeta meta) mutable {
        auto* watcher = new QFutureWatcher<Result<T, ApiError>>(call);
        QObject::connect(watcher, &QFutureWatcherBase::finished, call, [watcher, call, deliver]() mutable {
            if (call->isFinished())
                return; // cancelled while parsing: the Cancelled error has been delivered
            deliver(watcher->result());
            call->finish();
        });
        watcher->setFuture(QtConcurrent::run([body = std::move(body), meta, options, isWrite, maxBytes,
                                                 check]() mutable -> Result<T, ApiError> {
            if (auto problem = inflated(body, meta, maxBytes, isWrite))
                return *problem;
            Result<T, ApiError> parsed = parseBody<T>(body, meta, options, isWrite);
            if (parsed && check) {
                if (const std::optional<QString> problem = check(*parsed))
                    return malformed(ApiClient::tr("the answer is not about this change: %1").arg(*problem),
                        QString(), meta, isWrite);
            }
            return parsed;
        }));
    };

    if (problem) {
        qCInfo(lcClient) << call->endpoint() << "refused before sending:" << problem->message;
        QTimer::singleShot(0, call, [call, error = *problem] { call->fail(error); });
        return call;
    }
    emit callStarted(call);
    call->start();
    return call;
}

ApiCall* ApiClient::purchaseOrders(
    qint64 affiliateId, const QString& username, QObject* context, Callback<QList<PurchaseOrder>> done)
{
    RequestSpec spec;
    spec.endpoint = QStringLiteral("orders");
    spec.encodedPath = { "api", "Customer", "PurchaseOrders", QByteArray::number(affiliateId) };
    spec.query = { { QStringLiteral("v"), QStringLiteral("2.0") } };
    QString problem;
    if (affiliateId <= 0)
        problem = tr("the affiliate id must be a positive number");
    const auto name = PathSegment::encode(username, tr("the customer's name or email"));
    if (name)
        spec.encodedPath.append(*name);
    else if (problem.isEmpty())
        problem = name.error();
    return start<QList<PurchaseOrder>>(std::move(spec), context, std::move(done), problem);
}

ApiCall* ApiClient::addItem(
    qint64 purchaseOrderId, const PurchaseOrderItem& item, QObject* context, Callback<PurchaseOrder> done)
{
    RequestSpec spec;
    spec.endpoint = QStringLiteral("add-item");
    spec.method = "PUT";
    spec.encodedPath = { "api", "Purchase", QByteArray::number(purchaseOrderId) };
    spec.query = { { QStringLiteral("v"), QStringLiteral("2.0") } };
    spec.body = JsonWriter::toJson(item);
    QString problem;
    if (purchaseOrderId <= 0)
        problem = tr("the purchase order id must be a positive number");
    else if (item.purchaseOrderId && *item.purchaseOrderId != purchaseOrderId)
        problem
            = tr("the item names purchase order %1, not %2").arg(*item.purchaseOrderId).arg(purchaseOrderId);
    return start<PurchaseOrder>(std::move(spec), context, std::move(done), problem,
        [purchaseOrderId, item](const PurchaseOrder& answer) {
            return WriteVerification::answerProblem(purchaseOrderId, item, answer);
        });
}

ApiCall* ApiClient::entitlement(qint64 affiliateId, const QString& supplierRef, bool includeParentAndChildren,
    QObject* context, Callback<Entitlement> done)
{
    RequestSpec spec;
    spec.endpoint = QStringLiteral("entitlement");
    spec.encodedPath = { "api", "Entitlement", QByteArray::number(affiliateId) };
    spec.query = { { QStringLiteral("includeParentAndChildren"),
                       includeParentAndChildren ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("v"), QStringLiteral("2.0") } };
    QString problem;
    if (affiliateId <= 0)
        problem = tr("the affiliate id must be a positive number");
    const auto ref = PathSegment::encode(supplierRef, tr("the supplier ref"));
    if (ref)
        spec.encodedPath.append(*ref);
    else if (problem.isEmpty())
        problem = ref.error();
    return start<Entitlement>(std::move(spec), context, std::move(done), problem);
}

ApiCall* ApiClient::accountPurchases(const QUuid& accountId, const AccountPurchasesQuery& query,
    QObject* context, Callback<AccountPurchasesResponse> done)
{
    RequestSpec spec;
    spec.endpoint = QStringLiteral("account-purchases");
    spec.service = RequestSpec::Service::Admin;
    spec.encodedPath
        = { "api", "v1", "admin", "accounts", accountId.toByteArray(QUuid::WithoutBraces), "purchases" };
    spec.accept = query.asXml ? "application/xml" : "application/json";
    if (query.startDate)
        spec.query.append({ QStringLiteral("StartDate"), query.startDate->toString(Qt::ISODate) });
    if (query.endDate)
        spec.query.append({ QStringLiteral("EndDate"), query.endDate->toString(Qt::ISODate) });
    if (query.paid)
        spec.query.append(
            { QStringLiteral("Paid"), *query.paid ? QStringLiteral("true") : QStringLiteral("false") });
    if (!query.softwareVersion.isEmpty())
        spec.query.append({ QStringLiteral("SoftwareVersion"), query.softwareVersion });
    if (!query.type.isEmpty())
        spec.query.append({ QStringLiteral("Type"), query.type });
    QString problem;
    if (accountId.isNull())
        problem = tr("the account id is not set");
    else if (query.startDate && query.endDate && *query.startDate > *query.endDate)
        problem = tr("the start date is after the end date");
    return start<AccountPurchasesResponse>(std::move(spec), context, std::move(done), problem);
}

ApiCall* ApiClient::acknowledgeLicense(qint64 affiliateId, const QString& deviceId,
    qint64 purchaseOrderItemId, QObject* context, Callback<EntitlementV1> done)
{
    RequestSpec spec;
    spec.endpoint = QStringLiteral("ack-license");
    spec.method = "POST";
    spec.encodedPath = { "api", "License", "AcknowledgeLicenseIssued", QByteArray::number(affiliateId) };
    spec.query = { { QStringLiteral("v"), QStringLiteral("1") } };
    QString problem;
    if (affiliateId <= 0)
        problem = tr("the affiliate id must be a positive number");
    else if (purchaseOrderItemId <= 0)
        problem = tr("the purchase order item id must be a positive number");
    const auto device = PathSegment::encode(deviceId, tr("the device id"));
    if (device)
        spec.encodedPath.append(*device);
    else if (problem.isEmpty())
        problem = device.error();
    spec.encodedPath.append(QByteArray::number(purchaseOrderItemId));
    return start<EntitlementV1>(std::move(spec), context, std::move(done), problem,
        [purchaseOrderItemId](const EntitlementV1& answer) {
            return WriteVerification::answerProblem(purchaseOrderItemId, answer);
        });
}

} // namespace ff
