// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace ff::ui {

// The last refund decision recorded about each item, for the investigation card: the audit log is
// read once, on a worker (a log of tens of thousands of records took the GUI thread at every
// selection when it was read there), and kept up to date with every decision this console records.
// One index per log file, shared by every card of the process while any holds it, so a decision
// recorded in one customer's tab shows in another's. What another process appends meanwhile (the
// CLI records none) is read the next time an index is made.
class DecisionIndex final : public QObject
{
    Q_OBJECT

public:
    enum class Status { Reading, Ready, Failed };

    // The index of the log at path, read now if no card holds one.
    static std::shared_ptr<DecisionIndex> of(const QString& path);
    // How many times a log has been read since the process started (tests count them).
    static int reads();

    ~DecisionIndex() override;

    Status status() const { return m_status; }
    // Why the log could not be read, when Failed.
    QString error() const { return m_error; }
    // The last decision about the item, when Ready (and only this console's, when Failed).
    std::optional<AuditDecision> last(qint64 affiliateId, qint64 itemId) const;
    // A decision this console has just recorded in the log.
    void add(const AuditDecision& decision);
    // When the log could not be read: try again (the agent may have put it right).
    void retryIfFailed();

signals:
    // The status changed, or a decision was added.
    void changed();

private:
    using Key = std::pair<qint64, qint64>; // affiliate, item
    using Last = QHash<Key, AuditDecision>;

    explicit DecisionIndex(QString path);
    void read();

    QString m_path;
    Status m_status = Status::Reading;
    QString m_error;
    Last m_last;
    // Every decision recorded here, put on top of what a read finds: one recorded while the log
    // was being read may or may not be in what was read.
    QList<AuditDecision> m_recorded;
    quint64 m_generation = 0;
};

} // namespace ff::ui
