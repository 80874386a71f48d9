// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
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

AuditEntry::Outcome outcomeFrom(const QString& name)
{
    if (name == QLatin1String("succeeded"))
        return AuditEntry::Outcome::Succeeded;
    if (name == QLatin1String("failed"))
        return AuditEntry::Outcome::Failed;
    return AuditEntry::Outcome::Unknown;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditLog::defaultPath()
{
    const QString configured = qEnvironmentVariable("FFCONSOLE_AUDIT_LOG");
    if (!configured.isEmpty())
        return configured;
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
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return QCoreApplication::translate("ff::AuditLog", "cannot create the audit log's folder %1")
            .arg(info.absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return QCoreApplication::translate("ff::AuditLog", "cannot open the audit log %1: %2")
            .arg(m_path, file.errorString());
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush())
        return QCoreApplication::translate("ff::AuditLog", "cannot write the audit log %1: %2")
            .arg(m_path, file.errorString());
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return QCoreApplication::translate("ff::AuditLog", "cannot make the audit log %1 reach the disk")
            .arg(m_path);
    return true;
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

Result<AuditLogContents, QString> AuditLog::read() const
{
    AuditLogContents contents;
    QList<AuditEntry>& entries = contents.entries;
    QFile file(m_path);
    if (!file.exists())
        return contents;
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QHash<QString, qsizetype> byId;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString event = object.value(QStringLiteral("event")).toString();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (event == QLatin1String("attempt")) {
            AuditEntry entry;
            entry.id = id;
            entry.source = object.value(QStringLiteral("source")).toString();
            entry.profile = object.value(QStringLiteral("profile")).toString();
            entry.operatingSystemUser = object.value(QStringLiteral("osUser")).toString();
            entry.endpoint = object.value(QStringLiteral("endpoint")).toString();
            entry.ids = object.value(QStringLiteral("ids")).toObject();
            entry.ticket = object.value(QStringLiteral("ticket")).toString();
            entry.reason = object.value(QStringLiteral("reason")).toString();
            entry.requestSummary = object.value(QStringLiteral("request")).toString();
            entry.attemptedAt = object.value(QStringLiteral("time")).toString();
            entry.outcome = AuditEntry::Outcome::Unknown; // until an outcome line says otherwise
            byId.insert(id, entries.size());
            entries.append(entry);
        } else if (event == QLatin1String("outcome") && byId.contains(id)) {
            AuditEntry& entry = entries[byId.value(id)];
            entry.outcome = outcomeFrom(object.value(QStringLiteral("outcome")).toString());
            entry.httpStatus = object.value(QStringLiteral("httpStatus")).toInt();
            entry.requestId = object.value(QStringLiteral("requestId")).toString();
            entry.message = object.value(QStringLiteral("message")).toString();
            entry.finishedAt = object.value(QStringLiteral("time")).toString();
        } else {
            ++contents.unreadableLines; // a line cut short by a crash, most likely the last one
            contents.damaged.append({ 0, line });
        }
    }
    return contents;
}

} // namespace ff
