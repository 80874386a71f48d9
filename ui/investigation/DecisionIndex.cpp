// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/DecisionIndex.h"

#include "api/audit/AuditLog.h"
#include "api/core/Result.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <atomic>

namespace ff::ui {

namespace {

std::atomic<int> readCount { 0 };

// The indexes alive, by the log's path: GUI thread only.
QHash<QString, std::weak_ptr<DecisionIndex>>& live()
{
    static QHash<QString, std::weak_ptr<DecisionIndex>> indexes;
    return indexes;
}

} // namespace

std::shared_ptr<DecisionIndex> DecisionIndex::of(const QString& path)
{
    if (std::shared_ptr<DecisionIndex> index = live().value(path).lock())
        return index;
    std::shared_ptr<DecisionIndex> index(new DecisionIndex(path));
    live().insert(path, index);
    index->read();
    return index;
}

int DecisionIndex::reads()
{
    return readCount.load();
}

DecisionIndex::DecisionIndex(QString path)
    : m_path(std::move(path))
{ }

DecisionIndex::~DecisionIndex()
{
    // A newer index of the same log may already stand in the registry: leave it.
    auto it = live().find(m_path);
    if (it != live().end() && it->expired())
        live().erase(it);
}

void DecisionIndex::read()
{
    m_status = Status::Reading;
    const quint64 generation = ++m_generation;
    using Read = Result<Last, QString>;
    auto* watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        Read read = watcher->future().takeResult();
        if (read) {
            m_last = std::move(read).value();
            m_status = Status::Ready;
            m_error.clear();
        } else {
            m_status = Status::Failed;
            m_error = read.error();
        }
        for (const AuditDecision& decision : std::as_const(m_recorded))
            m_last.insert({ decision.affiliateId, decision.itemId }, decision);
        emit changed();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path]() -> Read {
        ++readCount;
        const Result<AuditLogContents, QString> contents = AuditLog(path).read();
        if (!contents)
            return contents.error();
        Last last;
        for (const AuditDecision& decision : contents->decisions) // oldest first: the last one stays
            last.insert({ decision.affiliateId, decision.itemId }, decision);
        return last;
    }));
}

std::optional<AuditDecision> DecisionIndex::last(qint64 affiliateId, qint64 itemId) const
{
    const auto it = m_last.constFind({ affiliateId, itemId });
    return it == m_last.cend() ? std::nullopt : std::optional<AuditDecision>(*it);
}

void DecisionIndex::add(const AuditDecision& decision)
{
    m_recorded.append(decision);
    m_last.insert({ decision.affiliateId, decision.itemId }, decision);
    emit changed();
}

void DecisionIndex::retryIfFailed()
{
    if (m_status == Status::Failed)
        read();
}

} // namespace ff::ui
