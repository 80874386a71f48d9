// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Fixtures.h"

#include <QFile>
#include <QTest>

namespace ff::test {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(FFCONSOLE_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot read fixture %1").arg(file.fileName())), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace ff::test
