// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <functional>

namespace ff {

// A file an agent saves (an export, a report), readable and writable by the agent only (0600),
// written through a temporary file beside it and a rename: until commit() nothing is at the
// path, and a write that fails or is cancelled leaves what was there before (or nothing). Any
// thread. Errors are in words for the agent, naming the file.
class PrivateFile final
{
    Q_DECLARE_TR_FUNCTIONS(ff::PrivateFile)

public:
    explicit PrivateFile(const QString& path);

    // Opens the temporary file, readable by its owner only from the start. An error in words
    // when it cannot be made (a read-only folder, a path that is not a folder).
    std::optional<QString> open();
    QIODevice* device() { return &m_file; }
    // Renames the temporary file onto the path; an error in words when writing or the rename
    // failed (a full disk).
    std::optional<QString> commit();
    // Throws what was written away.
    void cancel()
    {
        m_file.cancelWriting();
        m_file.commit(); // a cancelled commit removes the temporary file and writes nothing
    }

    // The whole file at once: the bytes written, or why not.
    static Result<qint64, QString> write(const QString& path, const QByteArray& bytes);

private:
    QString why() const;

    QSaveFile m_file;
};

} // namespace ff
