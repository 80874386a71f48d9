// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PdfText.h"

#include <QProcess>
#include <QTest>

namespace ff::test {

QString readPdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("pdftotext could not read %1: %2")
                                    .arg(path, QString::fromUtf8(process.readAllStandardError()))),
            __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace ff::test
