// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"

#include "api/audit/AuditLogFile.h"
#include "api/audit/AuditLogReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <vector>

namespace ff {

namespace {

QString outcomeName(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Pending:
        return QStringLiteral("pending");
    case AuditEntry::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuditEntry::Outcome::Failed:
        return QStringLiteral("failed");
    case AuditEntry::Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString reconciledName(AuditEntry::Reconciled reconciled)
{
    switch (reconciled) {
    case AuditEntry::Reconciled::Applied:
        return QStringLiteral("applied");
    case AuditEntry::Reconciled::NotApplied:
        return QStringLiteral("not-applied");
    case AuditEntry::Reconciled::Uncertain:
    case AuditEntry::Reconciled::None:
        break;
    }
    return QStringLiteral("uncertain");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditLog::defaultPath()
{
    const QString configured = qEnvironmentVariable("FFCONSOLE_AUDIT_LOG");
    return configured.isEmpty() ? standardPath() : configured;
}

QString AuditLog::standardPath()
{
    // Shared by the console and the CLI, so not under either program's own name.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/FilmFlex/AgentConsole/audit.jsonl");
}

QString AuditLog::currentOperatingSystemUser()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, from the account database: the environment may not
    // name it (a service started without a login) or may name someone else.
    std::vector<char> buffer(16384);
    passwd account {};
    passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &account, buffer.data(), buffer.size(), &found) == 0 && found
        && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

Result<bool, QString> AuditLog::append(const QJsonObject& line) const
{
    return file().append(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

AuditLogFile AuditLog::file() const
{
    // The console's own folder may be tightened; a folder named by FFCONSOLE_AUDIT_LOG may be
    // shared (the home folder, /tmp), so only the file is.
    return AuditLogFile(m_path, QFileInfo(m_path).absolutePath() == QFileInfo(standardPath()).absolutePath());
}

Result<bool, QString> AuditLog::recordAttempt(AuditEntry& entry) const
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (entry.operatingSystemUser.isEmpty())
        entry.operatingSystemUser = currentOperatingSystemUser();
    entry.outcome = AuditEntry::Outcome::Pending;
    return append({ { QStringLiteral("event"), QStringLiteral("attempt") }, { QStringLiteral("time"), now() },
        { QStringLiteral("id"), entry.id }, { QStringLiteral("source"), entry.source },
        { QStringLiteral("profile"), entry.profile }, { QStringLiteral("osUser"), entry.operatingSystemUser },
        { QStringLiteral("endpoint"), entry.endpoint }, { QStringLiteral("ids"), entry.ids },
        { QStringLiteral("ticket"), entry.ticket }, { QStringLiteral("reason"), entry.reason },
        { QStringLiteral("request"), entry.requestSummary } });
}

Result<bool, QString> AuditLog::recordOutcome(const AuditEntry& entry) const
{
    return append({ { QStringLiteral("event"), QStringLiteral("outcome") }, { QStringLiteral("time"), now() },
        { QStringLiteral("id"), entry.id }, { QStringLiteral("outcome"), outcomeName(entry.outcome) },
        { QStringLiteral("httpStatus"), entry.httpStatus }, { QStringLiteral("requestId"), entry.requestId },
        { QStringLiteral("message"), entry.message } });
}

Result<bool, QString> AuditLog::recordReconciliation(const AuditEntry& entry) const
{
    return append({ { QStringLiteral("event"), QStringLiteral("reconciled") },
        { QStringLiteral("time"), now() }, { QStringLiteral("id"), entry.id },
        { QStringLiteral("reconciled"), reconciledName(entry.reconciled) },
        { QStringLiteral("message"), entry.reconciliation } });
}

Result<bool, QString> AuditLog::recordDecision(AuditDecision& decision) const
{
    if (decision.id.isEmpty())
        decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (decision.operatingSystemUser.isEmpty())
        decision.operatingSystemUser = currentOperatingSystemUser();
    decision.recordedAt = now();
    QJsonObject line { { QStringLiteral("event"), QStringLiteral("decision") } };
    for (const auto& [key, member] : AuditDecision::textFields())
        line.insert(QLatin1String(key), decision.*member);
    for (const auto& [key, member] : AuditDecision::numberFields())
        line.insert(QLatin1String(key), decision.*member);
    line.insert(QStringLiteral("policy"), decision.policy);
    line.insert(QStringLiteral("asOfSet"), decision.asOfSet);
    return append(line);
}

Result<AuditLogContents, QString> AuditLog::read() const
{
    const Result<QByteArray, QString> bytes = file().readAll();
    if (!bytes)
        return bytes.error();
    return AuditLogReader::read(*bytes);
}

} // namespace ff
