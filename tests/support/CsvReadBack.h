// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ff::test {

// A CSV file as another program reads it: Python's csv module (RFC 4180), so that an export is
// checked by a reader that is not ours. Fails the running test (and returns nothing) if Python
// cannot read it.
QList<QStringList> readCsvWithPython(const QString& path);

} // namespace ff::test
