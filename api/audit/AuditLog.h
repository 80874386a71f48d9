// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "api/core/Result.h"

#include <QString>

namespace ff {

// What AuditLog::read() found: every entry, an attempt merged with its outcome, and how many
// lines could not be read (most likely one cut short when a process died while writing it).
struct AuditLogContents
{
    struct Damaged
    {
        int line = 0;
        QByteArray text;
    };
    QList<AuditEntry> entries;
    QList<Damaged> damaged;
    int unreadableLines = 0;
};

// An append-only JSON-lines record of every write an agent makes, from the console or the CLI.
// Each write is recorded before it is sent ("attempt") and again with its result ("outcome");
// every line reaches the disk (flush and fsync) before the call returns, so a process killed in
// the middle of a write leaves a log that reads, with that write's outcome missing = unknown.
// It holds no secrets, and lives apart from the keychain.
class AuditLog final
{
public:
    // FFCONSOLE_AUDIT_LOG, or audit.jsonl in the application data folder.
    static QString defaultPath();
    static QString currentOperatingSystemUser();

    explicit AuditLog(QString path = defaultPath())
        : m_path(std::move(path))
    { }

    QString path() const { return m_path; }
    // Records the attempt; fills in entry.id. An error means nothing may be sent.
    Result<bool, QString> recordAttempt(AuditEntry& entry) const;
    Result<bool, QString> recordOutcome(const AuditEntry& entry) const;
    Result<bool, QString> recordReconciliation(const AuditEntry&) const { return QStringLiteral("stub"); }
    // Every entry, an attempt merged with its outcome; an attempt without one is Unknown. No log
    // yet is an empty one; an error means the file is there but could not be opened.
    Result<AuditLogContents, QString> read() const;

private:
    Result<bool, QString> append(const QJsonObject& line) const;

    QString m_path;
};

} // namespace ff
