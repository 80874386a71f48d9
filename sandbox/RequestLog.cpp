// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

std::shared_ptr<RequestLog::Entry> RequestLog::record(
    const HttpRequest& request, const std::function<bool(QByteArrayView)>& isSecret)
{
    auto entry = std::make_shared<Entry>();
    entry->requestId = request.requestId;
    entry->method = request.method;
    entry->rawPath = request.rawPath;
    entry->segments = request.segments;
    entry->query = request.query;
    for (const auto& [name, value] : request.headers)
        entry->headers.append({ name, isSecret(name) ? QByteArray("<redacted>") : value });
    entry->bodySize = request.body.size();
    m_entries.append(entry);
    return entry;
}

QByteArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const std::shared_ptr<Entry>& entry : m_entries) {
        QJsonObject query;
        for (const auto& [key, value] : entry->query) {
            if (!query.contains(key))
                query.insert(key, value);
        }
        QJsonObject headers;
        for (const auto& [name, value] : entry->headers) {
            const QString key = QString::fromLatin1(name);
            const QString text = QString::fromUtf8(value);
            // Repeated headers are one comma-separated list (RFC 9110 5.3).
            headers.insert(
                key, headers.contains(key) ? headers.value(key).toString() + u", "_s + text : text);
        }
        QJsonObject object {
            { u"requestId"_s, QString::fromLatin1(entry->requestId) },
            { u"method"_s, QString::fromLatin1(entry->method) },
            { u"rawPath"_s, QString::fromLatin1(entry->rawPath) },
            { u"segments"_s, QJsonArray::fromStringList(entry->segments) },
            { u"query"_s, query },
            { u"headers"_s, headers },
            { u"bodySize"_s, double(entry->bodySize) },
            { u"status"_s, entry->status ? QJsonValue(*entry->status) : QJsonValue(QJsonValue::Null) },
            { u"applied"_s, entry->applied },
            { u"fault"_s, entry->fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry->fault) },
        };
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace ff::sandbox
