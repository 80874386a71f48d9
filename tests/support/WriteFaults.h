// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace ff::test {

// The sandbox faults that test what becomes of a write, as the control API takes them.
struct WriteFaults
{
    // {"kind": name, ...more}
    static QJsonObject kind(const char* name, QJsonObject more = {})
    {
        more.insert(QStringLiteral("kind"), QString::fromLatin1(name));
        return more;
    }
    // The write is applied, then answered with this status (and body, when not null).
    static QJsonObject applyThen(int status, const QString& body = QString())
    {
        QJsonObject spec = kind("apply-then-status", { { QStringLiteral("status"), status } });
        if (!body.isNull())
            spec.insert(QStringLiteral("body"), body);
        return spec;
    }
    // The same fault, for requests of this method only.
    static QJsonObject on(const char* method, QJsonObject spec)
    {
        spec.insert(QStringLiteral("method"), QString::fromLatin1(method));
        return spec;
    }
};

} // namespace ff::test
