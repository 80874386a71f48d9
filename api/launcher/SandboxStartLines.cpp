// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/launcher/SandboxStartLines.h"

namespace ff {

namespace {

constexpr QByteArrayView UrlKey = "FFCONSOLE_SANDBOX_URL";
constexpr QByteArrayView ReadyLine = "FFCONSOLE_SANDBOX_READY=1";

// The text-valued lines, in the order they are written: each key spelled once, for both sides.
struct TextLine
{
    QByteArrayView key;
    QString SandboxEndpoint::*member;
};
constexpr TextLine TextLines[] = {
    { "FFCONSOLE_SANDBOX_TOKEN", &SandboxEndpoint::token },
    { "FFCONSOLE_SANDBOX_CONTROL_TOKEN", &SandboxEndpoint::controlToken },
    { "FFCONSOLE_SANDBOX_AUTH", &SandboxEndpoint::auth },
    { "FFCONSOLE_SANDBOX_APIKEY_HEADER", &SandboxEndpoint::apiKeyHeader },
    { "FFCONSOLE_SANDBOX_BASIC_USER", &SandboxEndpoint::basicUser },
    { "FFCONSOLE_SANDBOX_SCALE_CUSTOMER", &SandboxEndpoint::scaleCustomer },
};

QByteArray line(QByteArrayView key, const QByteArray& value)
{
    return key.toByteArray() + '=' + value + '\n';
}

} // namespace

QByteArray SandboxStartLines::write(const SandboxEndpoint& endpoint)
{
    QByteArray lines = line(UrlKey, endpoint.baseUrl.toEncoded());
    for (const TextLine& text : TextLines) {
        const QString& value = endpoint.*text.member;
        if (!value.isEmpty())
            lines += line(text.key, value.toUtf8());
    }
    return lines + ReadyLine.toByteArray() + '\n';
}

bool SandboxStartLines::read(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed == ReadyLine)
        return true;
    const qsizetype equals = trimmed.indexOf('=');
    if (equals <= 0)
        return false;
    const QByteArrayView key = trimmed.first(equals);
    const QString value = QString::fromUtf8(trimmed.sliced(equals + 1));
    if (key == UrlKey) {
        m_endpoint.baseUrl = QUrl(value, QUrl::StrictMode);
        return false;
    }
    for (const TextLine& text : TextLines) {
        if (key == text.key)
            m_endpoint.*text.member = value;
    }
    return false;
}

bool SandboxStartLines::isComplete() const
{
    return m_endpoint.baseUrl.isValid() && !m_endpoint.token.isEmpty() && !m_endpoint.controlToken.isEmpty();
}

} // namespace ff
