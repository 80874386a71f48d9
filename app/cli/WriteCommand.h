// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "api/core/Result.h"
#include "app/cli/Command.h"

#include <optional>

namespace ff {
class ApiClient;
class AuditLog;
} // namespace ff

namespace ff::cli {

// A command that changes data (add-item, ack-license). Its --ticket and --reason go into the
// audit log with the write, as the console's confirmation step records them. It is refused
// (exit 2) while the audit log holds the same write (to the same order, of the same item) whose
// outcome was never found out, unless --force says the agent has checked.
class WriteCommand : public Command
{
public:
    bool isWrite() const override { return true; }

protected:
    // --ticket, --reason, --force
    static QList<QCommandLineOption> auditOptions();
    void readAuditOptions(const QCommandLineParser& parser);
    // A new entry, its id already set so that what reading back finds can be recorded beside it.
    AuditEntry auditEntry() const;
    bool force() const { return m_force; }
    // Why this write may not be sent now: the unresolved one found (or the log unreadable).
    // Nothing with --force, or when the profile is read-only (which refuses it anyway).
    std::optional<CommandOutcome> refusalForUnresolved(const ApiClient& client,
        const std::function<Result<std::optional<AuditEntry>, QString>(const AuditLog&)>& find,
        const QString& what) const;
    // The one line of an unknown outcome: it may have been applied, and how to check.
    static CommandOutcome unknownOutcome(const ApiError& error, const QString& howToCheck);

private:
    QString m_ticket;
    QString m_reason;
    bool m_force = false;
};

} // namespace ff::cli
