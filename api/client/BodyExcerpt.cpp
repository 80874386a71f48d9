// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/BodyExcerpt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ff {

namespace {

QString collapsed(QString text)
{
    text = text.simplified();
    if (text.size() > BodyExcerpt::MaxLength)
        text = text.left(BodyExcerpt::MaxLength - 1) + QStringLiteral("…");
    return text;
}

QString fromHtml(const QString& html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(html);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return match.captured(1);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    return text;
}

} // namespace

QString BodyExcerpt::of(const QByteArray& body, const QByteArray& contentType)
{
    // Only the start matters, and a huge body must not be scanned whole.
    const QByteArray head = body.left(16 * 1024);
    const QString text = QString::fromUtf8(head);
    if (contentType.contains("json") || head.trimmed().startsWith('{')) {
        const QJsonObject object = QJsonDocument::fromJson(head).object();
        for (const char* key : { "Message", "message", "ExceptionMessage", "error_description", "error" }) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isString() && !value.toString().isEmpty())
                return collapsed(value.toString());
        }
    }
    if (contentType.contains("html") || head.trimmed().startsWith('<'))
        return collapsed(fromHtml(text));
    return collapsed(text.section(QLatin1Char('\n'), 0, 0));
}

} // namespace ff
