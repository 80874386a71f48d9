// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"
#include "api/audit/AuditEntry.h"
#include "api/audit/AuditLogReader.h"
#include "api/core/Result.h"

#include <QString>

namespace ff {

class AuditLogFile;

// An append-only JSON-lines record of every write an agent makes, from the console or the CLI.
// Each write is recorded before it is sent ("attempt") and again with its result ("outcome");
// when the result said nothing certain, what reading the order back found is added
// ("reconciled"). A refund decision an agent records is a line of its own ("decision"). Every line reaches
// the disk before the call returns, so a process killed in the middle of a write leaves a log that reads,
// with that write's outcome missing = unknown. Its format is in the README; how it is kept on disk (0600,
// whole lines, a record always on a fresh line) in AuditLogFile. It holds no secrets, and lives apart from
// the keychain.
class AuditLog final
{
public:
    // FFCONSOLE_AUDIT_LOG, or standardPath().
    static QString defaultPath();
    // audit.jsonl in the application data folder, a folder of its own.
    static QString standardPath();
    static QString currentOperatingSystemUser();

    explicit AuditLog(QString path = defaultPath())
        : m_path(std::move(path))
    { }

    QString path() const { return m_path; }
    // Records the attempt; fills in entry.id. An error means nothing may be sent.
    Result<bool, QString> recordAttempt(AuditEntry& entry) const;
    Result<bool, QString> recordOutcome(const AuditEntry& entry) const;
    // After an Unknown outcome: what reading back found (entry.reconciled, .reconciliation).
    Result<bool, QString> recordReconciliation(const AuditEntry& entry) const;
    // A refund decision; fills in decision.id, .operatingSystemUser and .recordedAt.
    Result<bool, QString> recordDecision(AuditDecision& decision) const;
    // Every entry, an attempt merged with its outcome; an attempt without one is Unknown. No log
    // yet is an empty one; an error means the file is there but could not be opened.
    Result<AuditLogContents, QString> read() const;

private:
    Result<bool, QString> append(const QJsonObject& line) const;
    AuditLogFile file() const;

    QString m_path;
};

} // namespace ff
