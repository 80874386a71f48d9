// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "api/client/ConnectionSettings.h"
#include "api/client/LowSpeedGuard.h"
#include "api/client/RequestSpec.h"
#include "api/client/ResponseMeta.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace ff {

// One request in flight, from the first byte sent to the typed result: the transfer timeout,
// the size limit, TLS checks, retries of reads with backoff, and cancellation. ApiClient makes
// them; callers keep a QPointer to cancel one. It deletes itself once finished.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    QString endpoint() const { return m_spec.endpoint; }
    bool isWrite() const { return m_spec.isWrite(); }
    bool isFinished() const { return m_finished; }

    // Aborts the request for real; the callback then receives a Cancelled error.
    void cancel();

signals:
    void finished();
    void progress(qint64 bytesReceived, qint64 bytesTotal);

private:
    friend class ApiClient;

    using BodyHandler = std::function<void(ApiCall* call, QByteArray body, ResponseMeta meta)>;
    using ErrorHandler = std::function<void(ApiError error, QByteArray errorBody)>;

    ApiCall(QNetworkAccessManager* network, QNetworkRequest request, RequestSpec spec,
        const ConnectionSettings& settings, QObject* parent);

    void start();
    void send();
    void onFinished();
    void onSslErrors(const QList<QSslError>& errors);
    void onProgress(qint64 received, qint64 total);
    void checkDeclaredLength();
    bool retryIfWorthIt(const ApiError& error, const ResponseMeta& meta);
    void fail(ApiError error, const QByteArray& errorBody = {});
    void finish();
    ApiError networkError(int code, const QString& qtMessage) const;
    static ResponseMeta metaOf(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QNetworkRequest m_request;
    RequestSpec m_spec;
    ConnectionSettings m_settings;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    LowSpeedGuard m_lowSpeed; // a trickling answer ends as a timeout too
    QElapsedTimer m_elapsed;
    BodyHandler m_onBody;
    ErrorHandler m_onError;
    CertificateProblem m_certificate;
    int m_attempts = 0;
    int m_retryAfterWaits = 0;
    bool m_timedOut = false;
    bool m_tooSlow = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace ff
