// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ff::test {

// A folder no file can be written to, for root as well (whom permissions do not stop): a
// read-only tmpfs when this machine lets a test mount one, a folder without write permission
// for anyone else, and sysfs (which takes no new files) when neither can be had.
class ReadOnlyFolder final
{
public:
    ReadOnlyFolder();
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString& name) const { return m_path + u'/' + name; }
    // Whether the folder is a new one of this test's (then anything in it was left by the test),
    // not sysfs (which holds entries of its own).
    bool isOwn() const { return m_path != QStringLiteral("/sys"); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_path;
};

} // namespace ff::test
