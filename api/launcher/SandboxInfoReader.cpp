// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/launcher/SandboxInfoReader.h"

#include "api/codec/JsonReader.h"
#include "api/launcher/SandboxStartLines.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ff {

Q_LOGGING_CATEGORY(lcSandboxInfo, "ffconsole.api.sandboxinfo", QtWarningMsg)

SandboxInfoReader::SandboxInfoReader(QObject* parent)
    : QObject(parent)
{ }

Result<SandboxInfo, QString> SandboxInfoReader::parse(QByteArrayView body)
{
    auto info = readJson<SandboxInfo>(body);
    if (!info)
        return tr("the sandbox's description could not be read: %1").arg(info.error().toString());
    return std::move(info).value();
}

void SandboxInfoReader::read(const SandboxEndpoint& endpoint, QObject* context, Callback done)
{
    QNetworkRequest request(endpoint.baseUrl.resolved(QUrl(QStringLiteral("_sandbox/info"))));
    request.setRawHeader(SandboxStartLines::ControlTokenHeader, endpoint.controlToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        auto fail = [&done](const QString& message) {
            qCWarning(lcSandboxInfo) << message;
            done(message);
        };
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            fail(tr("the sandbox answered HTTP %1 when asked to describe itself").arg(status));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) { // no answer in time, or one too large
            fail(tr("the sandbox did not describe itself: %1").arg(reply->errorString()));
            return;
        }
        Result<SandboxInfo, QString> info = parse(reply->readAll());
        if (!info) {
            fail(info.error());
            return;
        }
        done(std::move(info));
    });
}

} // namespace ff
