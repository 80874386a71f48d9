// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/Responses.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace ff::perf {

QList<Response> Responses::load(const QString& dir)
{
    static const QRegularExpression name(QStringLiteral("^orders-(\\d+)\\.json$"));
    QList<Response> responses;
    const QDir folder(dir);
    for (const QString& file : folder.entryList({ QStringLiteral("orders-*.json") }, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(file);
        if (!match.hasMatch())
            continue;
        QFile input(folder.filePath(file));
        if (!input.open(QIODevice::ReadOnly))
            continue;
        responses.append(Response { match.captured(1).toInt(), input.fileName(), input.readAll() });
    }
    std::sort(responses.begin(), responses.end(),
        [](const Response& a, const Response& b) { return a.items < b.items; });
    return responses;
}

} // namespace ff::perf
