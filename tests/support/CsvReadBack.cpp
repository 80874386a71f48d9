// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CsvReadBack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace ff::test {

QList<QStringList> readCsvWithPython(const QString& path)
{
    // newline='' as the csv module asks, so that a line break inside a quoted cell is kept.
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                          "    json.dump(list(csv.reader(f, strict=True)), sys.stdout)\n");
    QProcess python;
    python.start(QStringLiteral("python3"), { QStringLiteral("-c"), script, path });
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("python3 could not read %1: %2")
                                    .arg(path, QString::fromUtf8(python.readAllStandardError()))),
            __FILE__, __LINE__);
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

} // namespace ff::test
