// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QByteArray>
#include <QString>

namespace ff {

// The audit log on disk: readable by the agent's account only, appended to a whole record at
// a time. It holds customer data; supervisors get it through the reports, not by reading
// another account's files.
// - The folders it creates are 0700, the file 0600; an existing file is tightened to 0600
//   whenever it is opened, and an existing folder too when it is the log's own (ownFolder: the
//   console's default folder), never a folder named for it that may be shared.
// - Each record is one write() under an exclusive lock (flock), so that two programs writing at
//   once interleave whole lines only; and it starts on a fresh line: after a partial last line
//   (the disk filled up, a process died mid-write) a line break comes first, so the fragment
//   stays a damaged line of its own instead of swallowing the record.
// - It reaches the disk (fsync) before append() returns; any failure is an error, in words.
class AuditLogFile final
{
public:
    AuditLogFile(QString path, bool ownFolder)
        : m_path(std::move(path))
        , m_ownFolder(ownFolder)
    { }

    Result<bool, QString> append(const QByteArray& record) const;
    // The whole file, tightened first; empty when there is none yet.
    Result<QByteArray, QString> readAll() const;

private:
    Result<bool, QString> makeFolder() const;
    void tightenFolder() const;

    QString m_path;
    bool m_ownFolder;
};

} // namespace ff
