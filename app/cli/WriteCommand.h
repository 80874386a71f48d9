// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "app/cli/Command.h"

namespace ff::cli {

// A command that changes data (add-item, ack-license). Its --ticket and --reason go into the
// audit log with the write, as the console's confirmation step records them.
class WriteCommand : public Command
{
public:
    bool isWrite() const override { return true; }

protected:
    static QList<QCommandLineOption> auditOptions();
    void readAuditOptions(const QCommandLineParser& parser);
    AuditEntry auditEntry() const;

private:
    QString m_ticket;
    QString m_reason;
};

} // namespace ff::cli
