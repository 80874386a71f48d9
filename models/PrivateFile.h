// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QByteArray>
#include <QString>

namespace ff {

// A file an agent saves (an export, a report): readable and writable by the agent only (0600),
// written to a temporary file beside it and renamed over the name when complete, so that a
// failure (a read-only folder, a full disk) leaves no file and no half-written one, and an
// older file of that name stays as it was. Any thread.
class PrivateFile final
{
public:
    // The bytes written, or why not, in words for the agent (naming the file).
    static Result<qint64, QString> write(const QString& path, const QByteArray& bytes);
};

} // namespace ff
