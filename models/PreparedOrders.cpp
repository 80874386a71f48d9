// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PreparedOrders.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>

namespace ff {

namespace {

// Orders per chunk at the least: below that, a thread costs more than it saves.
constexpr qsizetype MinChunkOrders = 2000;

// A run of orders made ready on one thread of the pool, with its own collation table (neither
// a collator nor the table is for sharing between threads) and its own "%n items" titles.
struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    std::unique_ptr<TextSortKeys> texts;
};

} // namespace

PreparedOrders PreparedOrders::prepare(QList<PurchaseOrder> orders, const QLocale& locale)
{
    PreparedOrders prepared;
    const qsizetype count = orders.size();
    prepared.m_nodes.resize(size_t(count));
    // Taken apart when no one else holds the list; copied (cheaply: implicitly shared) when
    // someone does. Decided here, before the workers share it.
    PurchaseOrder* movable = orders.isDetached() ? orders.data() : nullptr;
    const PurchaseOrder* source = orders.constData();

    const qsizetype threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const qsizetype chunkCount = std::clamp<qsizetype>(count / MinChunkOrders, 1, threads);
    std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
    for (qsizetype c = 0; c < chunkCount; ++c) {
        chunks[size_t(c)].begin = count * c / chunkCount;
        chunks[size_t(c)].end = count * (c + 1) / chunkCount;
    }
    auto makeChunk = [&](Chunk& chunk) {
        chunk.texts = std::make_unique<TextSortKeys>(locale);
        std::vector<QString> titles;
        for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
            OrderNode& node = prepared.m_nodes[size_t(i)];
            node.order = movable ? std::move(movable[i]) : PurchaseOrder(source[i]);
            node.summarise(&titles);
            node.readySearchText();
            node.readyRowKeys(*chunk.texts);
        }
    };
    if (chunkCount == 1)
        makeChunk(chunks.front());
    else
        QtConcurrent::blockingMap(chunks, makeChunk);

    // The other chunks' texts join the first's table, and their rows' numbers follow.
    std::unique_ptr<TextSortKeys> texts = std::move(chunks.front().texts);
    for (size_t c = 1; c < chunks.size(); ++c) {
        const std::vector<qint32> numbers = texts->absorb(*chunks[c].texts);
        for (qsizetype i = chunks[c].begin; i < chunks[c].end; ++i)
            prepared.m_nodes[size_t(i)].rowKeys.renumber(numbers);
    }
    texts->rank();
    prepared.m_textKeys = std::move(texts);
    return prepared;
}

} // namespace ff
