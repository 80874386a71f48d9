// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ReadOnlyFolder.h"

#include <QFile>
#include <QProcess>
#include <unistd.h>

namespace ff::test {

ReadOnlyFolder::ReadOnlyFolder()
{
    if (::geteuid() != 0) {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        m_path = m_dir.path();
        return;
    }
    m_mounted = QProcess::execute(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                        QStringLiteral("size=64k,ro"), QStringLiteral("tmpfs"), m_dir.path() })
        == 0;
    m_path = m_mounted ? m_dir.path() : QStringLiteral("/sys");
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), { m_dir.path() });
    QFile::setPermissions(
        m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace ff::test
