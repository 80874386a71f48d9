// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Result.h"
#include "sandbox/Authenticator.h"
#include "sandbox/HttpLimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace ff::sandbox {

// The command line. The secrets are never among it (they would show in ps): they come from
// FFCONSOLE_SANDBOX_TOKEN and FFCONSOLE_SANDBOX_CONTROL_TOKEN, or are generated.
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
    HttpLimits limits;
    bool exitWithParent = false;
    bool quiet = false;
    bool help = false;
    QString helpText;

    // The options, or one line saying what is wrong with them.
    static Result<SandboxOptions, QString> parse(const QStringList& arguments);
};

} // namespace ff::sandbox
