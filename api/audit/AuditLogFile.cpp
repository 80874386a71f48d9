// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ff {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

#ifdef Q_OS_UNIX
// Only a regular file is tightened: never a device (/dev/full) or what a link points at.
void tighten(int fd)
{
    struct stat info
    {
    };
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid()
        && (info.st_mode & 077) != 0)
        ::fchmod(fd, info.st_mode & 0700);
}

// Writes all of it, or says why not.
int writeAll(int fd, const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        written += n;
    }
    return 0;
}

// A record starts on a fresh line: after a partial last line, a line break first (the file is
// open for reading too, for this one byte).
QByteArray onAFreshLine(int fd, const QByteArray& record)
{
    struct stat info
    {
    };
    char last = '\n';
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        if (::pread(fd, &last, 1, info.st_size - 1) != 1)
            last = '\n'; // unreadable: no line break is added, as for an empty file
    return last == '\n' ? record : '\n' + record;
}
#endif

} // namespace

Result<bool, QString> AuditLogFile::makeFolder() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
#ifdef Q_OS_UNIX
    // From the first missing folder down, each made 0700.
    QStringList missing;
    for (QString at = folder; !QFileInfo::exists(at); at = QFileInfo(at).absolutePath())
        missing.prepend(at);
    for (const QString& at : missing) {
        if (::mkdir(QFile::encodeName(at).constData(), 0700) != 0 && errno != EEXIST)
            return QCoreApplication::translate("ff::AuditLog", "cannot create the audit log's folder %1: %2")
                .arg(at, systemError(errno));
    }
    if (!QFileInfo(folder).isDir())
        return QCoreApplication::translate("ff::AuditLog", "cannot create the audit log's folder %1: %2")
            .arg(folder, systemError(ENOTDIR));
#else
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("ff::AuditLog", "cannot create the audit log's folder %1")
            .arg(folder);
#endif
    return true;
}

void AuditLogFile::tightenFolder() const
{
#ifdef Q_OS_UNIX
    if (!m_ownFolder)
        return;
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    struct stat info
    {
    };
    if (::lstat(folder.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::geteuid()
        && (info.st_mode & 077) != 0)
        ::chmod(folder.constData(), info.st_mode & 0700);
#endif
}

Result<bool, QString> AuditLogFile::append(const QByteArray& record) const
{
    if (auto made = makeFolder(); !made)
        return made.error();
    tightenFolder();
#ifdef Q_OS_UNIX
    const int fd
        = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return QCoreApplication::translate("ff::AuditLog", "cannot open the audit log %1: %2")
            .arg(m_path, systemError(errno));
    tighten(fd);
    int problem = 0;
    while (::flock(fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
            problem = errno;
            break;
        }
    }
    if (problem == 0)
        problem = writeAll(fd, onAFreshLine(fd, record));
    const bool written = problem == 0;
    if (written && ::fsync(fd) != 0 && errno != EINVAL) // a device such as /dev/null cannot sync
        problem = errno;
    ::close(fd); // and the lock with it
    if (!written)
        return QCoreApplication::translate("ff::AuditLog", "cannot write the audit log %1: %2")
            .arg(m_path, systemError(problem));
    if (problem != 0)
        return QCoreApplication::translate("ff::AuditLog", "cannot make the audit log %1 reach the disk: %2")
            .arg(m_path, systemError(problem));
    return true;
#else
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return QCoreApplication::translate("ff::AuditLog", "cannot open the audit log %1: %2")
            .arg(m_path, file.errorString());
    if (file.write(record) != record.size() || !file.flush())
        return QCoreApplication::translate("ff::AuditLog", "cannot write the audit log %1: %2")
            .arg(m_path, file.errorString());
    if (_commit(file.handle()) != 0)
        return QCoreApplication::translate("ff::AuditLog", "cannot make the audit log %1 reach the disk: %2")
            .arg(m_path, systemError(errno));
    return true;
#endif
}

Result<QByteArray, QString> AuditLogFile::readAll() const
{
    QFile file(m_path);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    tightenFolder();
#ifdef Q_OS_UNIX
    // A device named as the log (/dev/null, /dev/full) holds no records, and may never end.
    struct stat info
    {
    };
    if (::fstat(file.handle(), &info) != 0 || !S_ISREG(info.st_mode))
        return QByteArray();
    tighten(file.handle());
#endif
    return file.readAll();
}

} // namespace ff
