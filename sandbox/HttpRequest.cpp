// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpRequest.h"

namespace ff::sandbox {

namespace {

QString decodeComponent(QByteArray bytes, bool plusIsSpace)
{
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

bool tokenListContains(const QByteArray& list, QByteArrayView token)
{
    for (const QByteArray& item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QString> HttpRequest::queryValue(QStringView name) const
{
    for (const auto& [key, value] : query) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection");
    if (tokenListContains(connection, "close"))
        return false;
    return minorVersion >= 1 || tokenListContains(connection, "keep-alive");
}

bool HttpRequest::acceptsDeflate() const
{
    for (const QByteArray& item : header("Accept-Encoding").split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "deflate" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double q = parameter.mid(2).toDouble(&ok);
                refused = !ok || q <= 0.0;
            }
        }
        if (!refused)
            return true;
    }
    return false;
}

bool HttpRequest::setTarget(const QByteArray& requestTarget)
{
    target = requestTarget;
    QByteArray path = requestTarget;
    // The absolute form ("http://host/path") is allowed by HTTP/1.1; proxies send it.
    if (path.startsWith("http://") || path.startsWith("https://")) {
        const qsizetype slash = path.indexOf('/', path.indexOf("//") + 2);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (!path.startsWith('/'))
        return false;
    const qsizetype fragment = path.indexOf('#');
    if (fragment >= 0)
        path.truncate(fragment); // never sent by a client, but not ours to route on
    const qsizetype question = path.indexOf('?');
    rawPath = question < 0 ? path : path.left(question);
    rawQuery = question < 0 ? QByteArray() : path.mid(question + 1);

    segments.clear();
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    for (const QByteArray& part : parts)
        segments.append(decodeComponent(part, false));
    if (segments.size() == 1 && segments.first().isEmpty())
        segments.clear();

    query.clear();
    if (!rawQuery.isEmpty()) {
        for (const QByteArray& pair : rawQuery.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf('=');
            const QByteArray key = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            query.append({ decodeComponent(key, true), decodeComponent(value, true) });
        }
    }
    return true;
}

} // namespace ff::sandbox
