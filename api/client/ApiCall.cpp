// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/ApiCall.h"

#include "api/client/BodyExcerpt.h"
#include "api/client/ContentDecoding.h"
#include "api/client/OneShotUploadDevice.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace ff {

Q_LOGGING_CATEGORY(lcCall, "ffconsole.api.call", QtWarningMsg)

namespace {

constexpr qsizetype ErrorBodyKept = 64 * 1024;

QString statusMessage(int status)
{
    switch (status) {
    case 400:
        return ApiCall::tr("the server refused the request as invalid (HTTP 400)");
    case 401:
        return ApiCall::tr("not authorised: the credentials were refused (HTTP 401)");
    case 403:
        return ApiCall::tr("forbidden: these credentials may not do this (HTTP 403)");
    case 404:
        return ApiCall::tr("not found (HTTP 404)");
    case 408:
        return ApiCall::tr("the server timed out waiting for the request (HTTP 408)");
    case 409:
        return ApiCall::tr("the server reports a conflict (HTTP 409)");
    case 413:
        return ApiCall::tr("the request is too large for the server (HTTP 413)");
    case 429:
        return ApiCall::tr("too many requests: the server asks to slow down (HTTP 429)");
    case 500:
        return ApiCall::tr("the server failed (HTTP 500)");
    case 502:
        return ApiCall::tr("a proxy or gateway could not reach the server (HTTP 502)");
    case 503:
        return ApiCall::tr("the service is unavailable (HTTP 503)");
    case 504:
        return ApiCall::tr("a proxy or gateway timed out waiting for the server (HTTP 504)");
    default:
        return ApiCall::tr("the server answered HTTP %1").arg(status);
    }
}

// Retry-After is either seconds or an HTTP date.
int retryAfterSeconds(QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

bool isRetryableConnectionFailure(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// Errors that prove the request never reached the server.
bool neverSent(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* network, QNetworkRequest request, RequestSpec spec,
    const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_spec(std::move(spec))
    , m_settings(settings)
    , m_lowSpeed(settings.lowSpeed)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_settings.timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_lowSpeed, &LowSpeedGuard::tooSlow, this, [this] {
        m_tooSlow = true;
        if (m_reply)
            m_reply->abort();
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_elapsed.start();
    send();
}

void ApiCall::send()
{
    if (m_cancelled) {
        fail(ApiError::make(ApiError::Kind::Cancelled, tr("cancelled")));
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_tooSlow = false;
    qCDebug(lcCall) << m_spec.method << m_spec.endpoint << "attempt" << m_attempts;
    if (m_spec.isWrite()) {
        // Unbuffered and not rewindable, so that Qt cannot resend it on its own (see
        // OneShotUploadDevice); over HTTP/1.1, whose behaviour on a dropped connection is known.
        QNetworkRequest request = m_request;
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // A redirect is the write's answer, not followed: a 303 (or a 301/302 to a POST) would
        // turn it into a GET whose answer says nothing about the write.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        auto* body = new OneShotUploadDevice(m_spec.body);
        m_reply = m_network->sendCustomRequest(request, m_spec.method, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_network->get(m_request);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkDeclaredLength);
    connect(m_reply, &QNetworkReply::metaDataChanged, &m_lowSpeed, &LowSpeedGuard::start);
    m_timeout.start();
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports the cancellation
        return;
    }
    // Waiting to retry, or parsing: there is no transfer left to abort.
    fail(ApiError::make(ApiError::Kind::Cancelled, tr("cancelled")));
}

void ApiCall::onProgress(qint64 received, qint64 total)
{
    m_timeout.start();
    m_lowSpeed.received(received);
    if (received > m_settings.maxResponseBytes && m_reply) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    emit progress(received, total);
}

void ApiCall::checkDeclaredLength()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_settings.maxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onSslErrors(const QList<QSslError>& errors)
{
    // Ignored only when the profile trusts this very certificate for this host and port, and
    // only for an unknown issuer (never a name mismatch); then only these errors: never
    // ignoreSslErrors() without arguments.
    m_certificate = CertificateProblem::of(errors, m_reply ? m_reply->url() : m_request.url());
    if (m_reply && m_certificate.isTrustedBy(m_settings.trustedCertificates))
        m_reply->ignoreSslErrors(errors);
}

ResponseMeta ApiCall::metaOf(QNetworkReply* reply)
{
    ResponseMeta meta;
    meta.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    meta.contentType = reply->rawHeader("Content-Type").split(';').first().trimmed().toLower();
    meta.contentEncoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    for (const char* header : { "X-Request-Id", "Request-Id", "X-Correlation-Id" }) {
        const QByteArray value = reply->rawHeader(header);
        if (!value.isEmpty()) {
            meta.requestId = QString::fromLatin1(value.left(128));
            break;
        }
    }
    return meta;
}

ApiError ApiCall::networkError(int code, const QString& qtMessage) const
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("could not connect: the server refused the connection");
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = tr("could not connect: the server's name was not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = tr("the server closed the connection before answering");
        break;
    case QNetworkReply::ContentReSendError:
        error.message = tr("the connection dropped after the request was sent, before any answer");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.message = tr("the certificate of %1 is not trusted").arg(m_certificate.where());
        if (!m_certificate.trustable && !m_certificate.whyNotTrustable.isEmpty())
            error.message += QStringLiteral(": ") + m_certificate.whyNotTrustable;
        else if (!m_certificate.details.isEmpty())
            error.message += QStringLiteral(": ") + m_certificate.details.first();
        error.certificate = m_certificate;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.kind = ApiError::Kind::Redirect;
        error.message = tr("the server redirected elsewhere, which is not followed (%1)").arg(qtMessage);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error.message = tr("the proxy failed: %1").arg(qtMessage);
        break;
    default:
        error.message = tr("the network failed: %1").arg(qtMessage);
        break;
    }
    return error;
}

void ApiCall::onFinished()
{
    m_timeout.stop();
    m_lowSpeed.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const ResponseMeta meta = metaOf(reply);
    const QNetworkReply::NetworkError code = reply->error();
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    qCDebug(lcCall) << m_spec.endpoint << "status" << meta.httpStatus << "error" << code << "bytes"
                    << body.size() << "after" << m_elapsed.elapsed() << "ms";

    ApiError error;
    error.requestId = meta.requestId;
    error.httpStatus = meta.httpStatus;
    if (m_cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("cancelled");
        error.outcomeUnknown = m_spec.isWrite();
        fail(error);
        return;
    }
    if (m_tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        error.message = tr("the response is larger than the %1 MB limit")
                            .arg(m_settings.maxResponseBytes / (1024 * 1024));
        error.outcomeUnknown = m_spec.isWrite();
        fail(error);
        return;
    }
    if (m_timedOut || m_tooSlow) {
        error.kind = ApiError::Kind::Timeout;
        error.message = m_tooSlow
            ? m_lowSpeed.reason()
            : tr("timed out: nothing arrived for %1 s").arg(m_settings.timeoutMs / 1000.0);
        error.outcomeUnknown = m_spec.isWrite();
        fail(error);
        return;
    }
    if (meta.httpStatus >= 300 && meta.httpStatus < 400) {
        // Same-origin redirects were followed by Qt already; this one leads elsewhere.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        error.kind = ApiError::Kind::Redirect;
        error.message = tr("the server redirected to %1, which is not followed")
                            .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        error.outcomeUnknown = m_spec.isWrite(); // an answer that is not about the write
        fail(error);
        return;
    }
    // Qt 6.4 reports a body cut short on a kept-alive connection as a success: the declared
    // length tells.
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort
        = code == QNetworkReply::NoError && declared.isValid() && body.size() < declared.toLongLong();
    if (meta.httpStatus == 0 || (meta.httpStatus < 300 && (code != QNetworkReply::NoError || cutShort))) {
        // No HTTP answer, or a good status whose body broke off.
        ApiError failure
            = networkError(cutShort ? QNetworkReply::RemoteHostClosedError : code, reply->errorString());
        failure.requestId = meta.requestId;
        if (meta.httpStatus != 0)
            failure.message = tr("the connection dropped while the response was arriving");
        failure.outcomeUnknown = m_spec.isWrite() && (meta.httpStatus != 0 || !neverSent(code));
        if ((cutShort || isRetryableConnectionFailure(code)) && retryIfWorthIt(failure, meta))
            return;
        fail(failure);
        return;
    }
    if (meta.httpStatus >= 200 && meta.httpStatus < 300) {
        if (m_onBody)
            m_onBody(this, std::move(body), meta);
        return;
    }
    // An error page is small; inflate it here, within a small bound, to read what it says.
    const ContentDecoding page
        = ContentDecoding::decode(body.left(ErrorBodyKept), meta.contentEncoding, ErrorBodyKept * 16);
    body = page.outcome == ContentDecoding::Outcome::Decoded ? page.body : QByteArray();
    error.kind = ApiError::Kind::Http;
    error.message = statusMessage(meta.httpStatus);
    error.bodyExcerpt = BodyExcerpt::of(body, meta.contentType);
    error.retryAfterSeconds = retryAfterSeconds(reply);
    // Only a 4xx says a write was not applied: a 5xx may come from a gateway that gave up while
    // the server went on, or from the server after it committed.
    error.outcomeUnknown = m_spec.isWrite() && meta.httpStatus >= 500;
    if ((meta.httpStatus == 429 || meta.httpStatus == 503) && error.retryAfterSeconds >= 0
        && retryIfWorthIt(error, meta))
        return;
    fail(error, body.left(ErrorBodyKept));
}

bool ApiCall::retryIfWorthIt(const ApiError& error, const ResponseMeta& meta)
{
    if (m_spec.isWrite())
        return false; // a write may have been applied: never resent without a person deciding
    int delayMs = 0;
    if (meta.httpStatus == 429 || meta.httpStatus == 503) {
        if (m_retryAfterWaits >= m_settings.maxRetryAfterAttempts
            || error.retryAfterSeconds > m_settings.maxRetryAfterSeconds)
            return false;
        ++m_retryAfterWaits;
        delayMs = error.retryAfterSeconds * 1000;
    } else {
        if (m_attempts - m_retryAfterWaits > m_settings.readRetries)
            return false;
        delayMs = m_settings.retryBaseDelayMs
            * (1 << (2 * (m_attempts - m_retryAfterWaits - 1))); // 250, 1000, 4000...
    }
    qCInfo(lcCall) << m_spec.endpoint << "retrying in" << delayMs << "ms after:" << error.message;
    QTimer::singleShot(delayMs, this, [this] {
        if (!m_finished)
            send();
    });
    return true;
}

void ApiCall::fail(ApiError error, const QByteArray& errorBody)
{
    if (m_finished)
        return;
    if (m_onError)
        m_onError(std::move(error), errorBody);
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    emit finished();
    deleteLater();
}

} // namespace ff
