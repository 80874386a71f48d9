// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Result.h"
#include "sandbox/Authenticator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace ff::sandbox {

// The command line. The secret is never among it (it would show in ps): it comes from
// FFCONSOLE_SANDBOX_TOKEN or is generated.
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    bool allowRemote = false;
    quint16 port = 8080;
    quint64 seed = 1;
    int scale = 0;
    QString dataFile;
    Authenticator::Scheme auth = Authenticator::Scheme::Bearer;
    QByteArray apiKeyHeader = "X-Api-Key";
    QString basicUser = QStringLiteral("agent");
    int delayMs = 0;
    double failRate = 0;
    bool truncate = false;
    bool jsonReferences = false;
    std::optional<DateTimeOffset> now; // absent: today (UTC) at 12:00
    bool exitWithParent = false;
    bool quiet = false;
    bool help = false;
    QString helpText;

    // The options, or one line saying what is wrong with them.
    static Result<SandboxOptions, QString> parse(const QStringList& arguments);
};

} // namespace ff::sandbox
