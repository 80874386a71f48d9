// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ff::perf {

// The purchase-orders responses the benchmarks run on, read once from the files scripts/bench.sh
// fetched from sandboxes (orders-<items>.json): every measurement of a size runs on the same
// bytes.
struct Response
{
    int items = 0;
    QString path;
    QByteArray bytes;
};

class Responses final
{
public:
    // Reads every orders-<items>.json in dir, smallest first. Empty when there are none.
    static QList<Response> load(const QString& dir);
};

} // namespace ff::perf
