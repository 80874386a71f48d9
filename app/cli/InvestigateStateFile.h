// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace ff::cli {

struct InvestigateSettings;

// investigate --customers ... --state FILE: the customers of a list that succeeded, one JSON
// line each ({"AffiliateId": N, "Customer": "name"}), appended and flushed as each one's lines
// have been written, so that a run stopped at any moment (Ctrl-C, a closed laptop, a kill) and
// started again with the same file fetches none of them again. A customer that failed is not
// recorded: the rerun tries it again. A line cut short by the interruption is ignored, and so
// are the lines of another affiliate.
// Before its first customer, a run also records the options that shape the results
// ({"AffiliateId": N, "Options": {...}}): a rerun with other options is refused, since the file's
// customers were worked out with those and the two runs' lines would silently disagree. A file
// written before options were kept, or with no customer of the affiliate yet, takes any.
class InvestigateStateFile final
{
public:
    // The options a run's results depend on: --at as given (null: the instant each run starts),
    // the policy in force (its SHA-256, whichever its source; the --policy file named for the
    // message only), --entitlements and --candidates-only.
    static QJsonObject optionsOf(
        const InvestigateSettings& settings, bool atGiven, const QString& policyFile);

    // Reads what the file holds for this affiliate (nothing when it does not exist yet) and
    // opens it for appending; an error (exit 2) when it cannot be read or written, or when its
    // customers were worked out with other options.
    static Result<std::unique_ptr<InvestigateStateFile>, QString> open(
        const QString& path, qint64 affiliateId, const QJsonObject& options);

    bool isFinished(const QString& customer) const { return m_finished.contains(customer); }
    qsizetype finishedCount() const { return m_finished.size(); }
    // Records a customer as finished; an error when the line could not be written whole.
    std::optional<QString> record(const QString& customer);

private:
    InvestigateStateFile(const QString& path, qint64 affiliateId, const QJsonObject& options);
    // What differs between the options the file was begun with and this run's, in words; none
    // when they give the same results.
    static std::optional<QString> differences(const QJsonObject& then, const QJsonObject& now);
    std::optional<QString> append(const QByteArray& line);

    QFile m_file;
    qint64 m_affiliateId;
    QJsonObject m_options;
    bool m_optionsRecorded = false;
    QSet<QString> m_finished;
};

} // namespace ff::cli
