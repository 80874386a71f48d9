// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WriteCommand.h"

#include "api/audit/AuditLog.h"
#include "api/client/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUuid>

namespace ff::cli {

QList<QCommandLineOption> WriteCommand::auditOptions()
{
    return { { QStringLiteral("ticket"),
                 QCoreApplication::translate(
                     "ff::cli::WriteCommand", "Ticket or case reference, kept in the audit log."),
                 QStringLiteral("REF") },
        { QStringLiteral("reason"),
            QCoreApplication::translate(
                "ff::cli::WriteCommand", "Why the change is made, kept in the audit log."),
            QStringLiteral("TEXT") },
        { QStringLiteral("force"),
            QCoreApplication::translate("ff::cli::WriteCommand",
                "Send it even though the audit log holds the same change with an outcome that was "
                "never found out (check first).") } };
}

void WriteCommand::readAuditOptions(const QCommandLineParser& parser)
{
    m_ticket = parser.value(QStringLiteral("ticket")).trimmed();
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
    m_force = parser.isSet(QStringLiteral("force"));
}

AuditEntry WriteCommand::auditEntry() const
{
    AuditEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.profile = m_profileName;
    entry.ticket = m_ticket;
    entry.reason = m_reason;
    entry.source = QStringLiteral("cli");
    return entry;
}

std::optional<CommandOutcome> WriteCommand::refusalForUnresolved(const ApiClient& client,
    const std::function<Result<std::optional<AuditEntry>, QString>(const AuditLog&)>& find,
    const QString& what) const
{
    if (m_force || client.settings().readOnly)
        return std::nullopt;
    const AuditLog log;
    const auto found = find(log);
    if (!found)
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::WriteCommand",
                "cannot read the audit log %1 to check for an earlier %2 whose outcome is unknown: "
                "%3; nothing was sent")
                .arg(log.path(), what, found.error()));
    if (!*found)
        return std::nullopt;
    const AuditEntry& earlier = **found;
    return CommandOutcome::failure(ExitCode::BadInput,
        QCoreApplication::translate("ff::cli::WriteCommand",
            "not sent: an earlier %1 (%2, ticket \"%3\", from the %4) may have been applied and "
            "was never found out; check first (ffconsole-cli orders --affiliate N --customer NAME), "
            "then add --force to send it all the same")
            .arg(what, earlier.attemptedAt, earlier.ticket, earlier.source));
}

CommandOutcome WriteCommand::unknownOutcome(const ApiError& error, const QString& howToCheck)
{
    const QString line = error.requestId.isEmpty()
        ? QCoreApplication::translate("ff::cli::WriteCommand",
            "the change may have been applied: %1; check before sending it again: %2")
              .arg(error.message, howToCheck)
        : QCoreApplication::translate("ff::cli::WriteCommand",
            "the change may have been applied: %1 (request id %2); check before sending it again: %3")
              .arg(error.message, error.requestId, howToCheck);
    return CommandOutcome::failure(ExitCode::NetworkFailure, line);
}

} // namespace ff::cli
