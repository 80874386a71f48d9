// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QFile>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace ff::cli {

// investigate --customers ... --state FILE: the customers of a list that succeeded, one JSON
// line each ({"AffiliateId": N, "Customer": "name"}), appended and flushed as each one's lines
// have been written, so that a run stopped at any moment (Ctrl-C, a closed laptop, a kill) and
// started again with the same file fetches none of them again. A customer that failed is not
// recorded: the rerun tries it again. A line cut short by the interruption is ignored, and so
// are the lines of another affiliate.
class InvestigateStateFile final
{
public:
    // Reads what the file holds for this affiliate (nothing when it does not exist yet) and
    // opens it for appending; an error (exit 2) when it cannot be read or written.
    static Result<std::unique_ptr<InvestigateStateFile>, QString> open(
        const QString& path, qint64 affiliateId);

    bool isFinished(const QString& customer) const { return m_finished.contains(customer); }
    qsizetype finishedCount() const { return m_finished.size(); }
    // Records a customer as finished; an error when the line could not be written whole.
    std::optional<QString> record(const QString& customer);

private:
    InvestigateStateFile(const QString& path, qint64 affiliateId);

    QFile m_file;
    qint64 m_affiliateId;
    QSet<QString> m_finished;
};

} // namespace ff::cli
