// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarks/MemoryProbe.h"

#include "api/codec/JsonReader.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTreeView>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

namespace ff::perf {

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

} // namespace

int MemoryProbe::run(const QString& path)
{
    PurchaseOrderModel model;
    OrderFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.sortByColumn(PurchaseOrderModel::Created, Qt::DescendingOrder);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "ffbench: cannot read %s\n", qPrintable(path));
        return 1;
    }
    QByteArray bytes = file.readAll();
    const qint64 responseBytes = bytes.size();
    const qint64 before = residentBytes() - responseBytes; // as if the response had not arrived yet

    auto orders = readJson<QList<PurchaseOrder>>(bytes);
    if (!orders) {
        std::fprintf(stderr, "ffbench: %s: %s\n", qPrintable(path), qPrintable(orders.error().toString()));
        return 1;
    }
    bytes = QByteArray(); // the reply's body is let go once read, as ApiClient does
    // Loaded: every row in, and the refund columns worked out on a worker after them.
    QEventLoop loop;
    QObject::connect(&model, &PurchaseOrderModel::investigated, &loop, &QEventLoop::quit);
    model.loadOrders(std::move(*orders));
    orders = QList<PurchaseOrder>();
    loop.exec();
    QCoreApplication::processEvents();
    view.viewport()->repaint();

    const qint64 loaded = residentBytes() - before;
    malloc_trim(0);
    const qint64 trimmed = residentBytes() - before;
    const int items = model.itemCount();
    std::printf(
        "{\"items\": %d, \"response_bytes\": %lld, \"loaded_bytes\": %lld, \"loaded_trimmed_bytes\": %lld, "
        "\"bytes_per_item\": %.0f, \"ratio\": %.2f, \"trimmed_ratio\": %.2f}\n",
        items, responseBytes, loaded, trimmed, items ? double(loaded) / items : 0.0,
        double(loaded) / double(responseBytes), double(trimmed) / double(responseBytes));
    return 0;
}

} // namespace ff::perf
