// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultSpec.h"

#include <QJsonArray>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<FaultSpec::Kind, const char*> KindNames[] = {
    { FaultSpec::Kind::Delay, "delay" },
    { FaultSpec::Kind::Status, "status" },
    { FaultSpec::Kind::Hang, "hang" },
    { FaultSpec::Kind::Drop, "drop" },
    { FaultSpec::Kind::ApplyThenDrop, "apply-then-drop" },
    { FaultSpec::Kind::Truncate, "truncate" },
    { FaultSpec::Kind::ResetMidBody, "reset-mid-body" },
    { FaultSpec::Kind::WrongContentType, "wrong-content-type" },
    { FaultSpec::Kind::InvalidUtf8, "invalid-utf8" },
    { FaultSpec::Kind::Oversize, "oversize" },
    { FaultSpec::Kind::Redirect, "redirect" },
    { FaultSpec::Kind::Trickle, "trickle" },
    { FaultSpec::Kind::ApplyThenStatus, "apply-then-status" },
    { FaultSpec::Kind::ApplySlowly, "apply-slowly" },
    { FaultSpec::Kind::SeeOther, "see-other" },
};

bool isHeaderToken(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !QStringView(u"!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool isHeaderValue(const QString& text)
{
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0)
            return false;
    }
    return true;
}

// The answer a status fault gives: its status (apply-then-status: 502 unless told), and the
// body, content type and headers when given.
std::optional<QString> readAnswer(const QJsonObject& object, FaultSpec& fault)
{
    const QJsonValue status = object.value(u"status"_s);
    if (fault.kind == FaultSpec::Kind::ApplyThenStatus && status.isUndefined())
        fault.status = 502;
    else if (!status.isDouble() || status.toInt() < 200 || status.toInt() > 599)
        return QStringLiteral("a %1 fault needs \"status\" between 200 and 599")
            .arg(FaultSpec::kindName(fault.kind));
    else
        fault.status = status.toInt();
    if (object.contains(u"contentType"_s)) {
        const QString contentType = object.value(u"contentType"_s).toString();
        if (!isHeaderValue(contentType))
            return u"\"contentType\" must be a header value"_s;
        fault.contentType = contentType.toUtf8();
    }
    if (object.contains(u"body"_s))
        fault.body = object.value(u"body"_s).toString().toUtf8();
    const QJsonObject headers = object.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString value
            = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
        if (!isHeaderToken(it.key()) || !isHeaderValue(value))
            return QStringLiteral("\"headers\": \"%1\" is not a valid header").arg(it.key());
        fault.headers.append({ it.key().toLatin1(), value.toUtf8() });
    }
    return std::nullopt;
}

} // namespace

QString FaultSpec::kindName(Kind kind)
{
    for (const auto& [k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

Result<FaultSpec, QString> FaultSpec::fromJson(const QJsonObject& object)
{
    FaultSpec fault;
    const QString kind = object.value(u"kind"_s).toString();
    bool known = false;
    for (const auto& [k, name] : KindNames) {
        if (kind == QLatin1StringView(name)) {
            fault.kind = k;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const auto& entry : KindNames)
            names.append(QString::fromLatin1(entry.second));
        return QStringLiteral("unknown fault kind \"%1\"; one of: %2").arg(kind, names.join(u", "_s));
    }
    fault.method = object.value(u"method"_s).toString().toUpper().toLatin1();
    fault.pathContains = object.value(u"pathContains"_s).toString();
    const QJsonValue count = object.value(u"count"_s);
    if (!count.isUndefined()) {
        if (!count.isDouble() || count.toDouble() < 1 || count.toDouble() != double(count.toInt()))
            return u"\"count\" must be a positive integer"_s;
        fault.count = count.toInt();
    }

    switch (fault.kind) {
    case Kind::Delay:
    case Kind::ApplySlowly: {
        const QJsonValue ms = object.value(u"ms"_s);
        if (!ms.isDouble() || ms.toDouble() < 0 || ms.toDouble() > 600'000)
            return QStringLiteral("%1 needs \"ms\" between 0 and 600000").arg(kindName(fault.kind));
        fault.delayMs = ms.toInt();
        break;
    }
    case Kind::Status:
    case Kind::ApplyThenStatus:
        if (auto problem = readAnswer(object, fault))
            return *problem;
        break;
    case Kind::Oversize: {
        const QJsonValue bytes = object.value(u"bytes"_s);
        if (!bytes.isDouble() || bytes.toDouble() < 2 || bytes.toDouble() > 16.0 * 1024 * 1024 * 1024)
            return u"an oversize fault needs \"bytes\" between 2 and 16 GiB"_s;
        fault.bytes = qint64(bytes.toDouble());
        break;
    }
    case Kind::Redirect:
    case Kind::SeeOther:
        fault.location = object.value(u"location"_s).toString().toUtf8();
        if (!isHeaderValue(QString::fromUtf8(fault.location))
            || (fault.kind == Kind::Redirect && fault.location.isEmpty()))
            return u"a redirect needs a \"location\""_s;
        break;
    case Kind::Trickle: {
        const QJsonValue pace = object.value(u"bytesPerSecond"_s);
        if (!pace.isDouble() || pace.toDouble() < 1 || pace.toDouble() > 100.0 * 1024 * 1024)
            return u"a trickle needs \"bytesPerSecond\" between 1 and 100 MiB"_s;
        fault.bytesPerSecond = qint64(pace.toDouble());
        break;
    }
    default:
        break;
    }
    return fault;
}

QJsonObject FaultSpec::toJson() const
{
    QJsonObject object {
        { u"kind"_s, kindName(kind) },
        { u"count"_s, count },
    };
    if (!method.isEmpty())
        object.insert(u"method"_s, QString::fromLatin1(method));
    if (!pathContains.isEmpty())
        object.insert(u"pathContains"_s, pathContains);
    switch (kind) {
    case Kind::Delay:
    case Kind::ApplySlowly:
        object.insert(u"ms"_s, delayMs);
        break;
    case Kind::Status:
    case Kind::ApplyThenStatus:
        object.insert(u"status"_s, status);
        break;
    case Kind::Oversize:
        object.insert(u"bytes"_s, double(bytes));
        break;
    case Kind::Redirect:
    case Kind::SeeOther:
        if (!location.isEmpty())
            object.insert(u"location"_s, QString::fromUtf8(location));
        break;
    case Kind::Trickle:
        object.insert(u"bytesPerSecond"_s, double(bytesPerSecond));
        break;
    default:
        break;
    }
    return object;
}

bool FaultSpec::replacesAnswer() const
{
    switch (kind) {
    case Kind::Status:
    case Kind::Hang:
    case Kind::Drop:
    case Kind::Oversize:
    case Kind::Redirect:
        return true;
    default:
        return false;
    }
}

bool FaultSpec::matches(const HttpRequest& request) const
{
    if (!method.isEmpty() && method != request.method.toUpper())
        return false;
    if (pathContains.isEmpty())
        return true;
    // The raw path as sent, or its decoded form: a test may name either.
    return QString::fromLatin1(request.rawPath).contains(pathContains, Qt::CaseInsensitive)
        || QString(u'/' + request.segments.join(u'/')).contains(pathContains, Qt::CaseInsensitive);
}

} // namespace ff::sandbox
