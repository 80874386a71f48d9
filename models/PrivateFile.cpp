// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace ff {

Result<qint64, QString> PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    const auto failed = [&path](const QString& reason) {
        return QCoreApplication::translate("ff::PrivateFile", "Could not save %1: %2")
            .arg(QDir::toNativeSeparators(path), reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // The temporary file is the agent's alone from the start; the rename keeps that.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return failed(file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return qint64(bytes.size());
}

} // namespace ff
