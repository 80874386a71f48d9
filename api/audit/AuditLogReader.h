// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"
#include "api/audit/AuditEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace ff {

// What AuditLog::read() found: every entry, its attempt merged with its outcome and what
// reading back found, and every damaged line (one cut short when the disk filled up or a
// process died while writing it), with its line number, shown as damaged rather than dropped.
struct AuditLogContents
{
    struct Damaged
    {
        int line = 0; // 1-based
        QByteArray text;
    };
    QList<AuditEntry> entries;
    QList<AuditDecision> decisions; // refund decisions, oldest first
    QList<Damaged> damaged;

    // The last decision recorded about an item, if any.
    const AuditDecision* lastDecision(qint64 affiliateId, qint64 itemId) const;
};

// Reads the audit log's JSON lines (the format is in the README). A line is a JSON object with
// an "event" (attempt, outcome, reconciled, decision); events it does not know (written by a later version)
// are skipped, not damaged. A line that is not JSON is damaged; if a whole record follows a fragment on it
// (as an older version wrote after a partial line), the record is read and only the fragment is damaged.
class AuditLogReader final
{
public:
    static AuditLogContents read(const QByteArray& bytes);

private:
    void take(const QJsonObject& object);
    void takeDecision(const QJsonObject& object);
    void takeLine(const QByteArray& line, int number);

    AuditLogContents m_contents;
    QHash<QString, qsizetype> m_byId;
};

} // namespace ff
