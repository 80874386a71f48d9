// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WriteCommand.h"

#include <QCommandLineParser>

namespace ff::cli {

QList<QCommandLineOption> WriteCommand::auditOptions()
{
    return { { QStringLiteral("ticket"), QStringLiteral("Ticket or case reference, kept in the audit log."),
                 QStringLiteral("REF") },
        { QStringLiteral("reason"), QStringLiteral("Why the change is made, kept in the audit log."),
            QStringLiteral("TEXT") } };
}

void WriteCommand::readAuditOptions(const QCommandLineParser& parser)
{
    m_ticket = parser.value(QStringLiteral("ticket")).trimmed();
    m_reason = parser.value(QStringLiteral("reason")).trimmed();
}

AuditEntry WriteCommand::auditEntry() const
{
    AuditEntry entry;
    entry.profile = m_profileName;
    entry.ticket = m_ticket;
    entry.reason = m_reason;
    entry.source = QStringLiteral("cli");
    return entry;
}

} // namespace ff::cli
