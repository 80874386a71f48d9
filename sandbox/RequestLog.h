// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace ff::sandbox {

// Every /api request since start (or the last clear), for tests to see exactly what a client
// sent: the path as it came on the wire and as decoded segments, the query, the headers with
// secrets redacted, what was answered (nothing, when a fault dropped or hung it) and whether
// a write changed the data.
class RequestLog final
{
public:
    struct Entry
    {
        QByteArray requestId;
        QByteArray method;
        QByteArray rawPath;
        QStringList segments;
        QList<std::pair<QString, QString>> query;
        QList<std::pair<QByteArray, QByteArray>> headers;
        qint64 bodySize = 0;
        std::optional<int> status;
        bool applied = false;
        QString fault;
    };

    // Records a request; the entry is filled in further as the request is answered.
    std::shared_ptr<Entry> record(
        const HttpRequest& request, const std::function<bool(QByteArrayView)>& isSecret);
    void clear() { m_entries.clear(); }
    QByteArray toJson() const;

private:
    QList<std::shared_ptr<Entry>> m_entries;
};

} // namespace ff::sandbox
