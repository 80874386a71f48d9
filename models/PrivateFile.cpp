// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PrivateFile.h"

#include <QDir>

namespace ff {

PrivateFile::PrivateFile(const QString& path)
    : m_file(path)
{ }

QString PrivateFile::why() const
{
    return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
}

std::optional<QString> PrivateFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return why();
    // On the open file (fchmod), before a byte is written: the new file was made with the
    // process's umask (often readable by everyone), and an old one keeps its own mode.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString error = why();
        cancel();
        return error;
    }
    return std::nullopt;
}

std::optional<QString> PrivateFile::commit()
{
    if (!m_file.commit())
        return why();
    return std::nullopt;
}

Result<qint64, QString> PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    PrivateFile file(path);
    if (auto error = file.open())
        return *error;
    if (file.device()->write(bytes) != bytes.size()) {
        const QString error = file.why();
        file.cancel();
        return error;
    }
    if (auto error = file.commit())
        return *error;
    return qint64(bytes.size());
}

} // namespace ff
