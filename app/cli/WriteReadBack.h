// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiClient.h"
#include "api/domain/WriteVerification.h"
#include "app/cli/CommandOutcome.h"

#include <QString>
#include <functional>
#include <optional>

namespace ff {
class AuditLog;
}

namespace ff::cli {

// The CLI's read-back of a write whose answer said nothing certain, as the console's
// WriteReconciler does it: the customer's orders are read before the write is sent (so that
// what changed can be told), and again after the grace period (the request's own timeout
// again, so that a server still at work is not raced), then the write's rule
// (WriteVerification) says applied, not applied or not certain. The finding goes into the
// audit log beside the unknown outcome.
class WriteReadBack final
{
public:
    using Orders = Result<QList<PurchaseOrder>, ApiError>;
    using Judge = std::function<std::optional<WriteVerification>(const QList<PurchaseOrder>& after)>;

    WriteReadBack(qint64 affiliateId, QString customer)
        : m_affiliateId(affiliateId)
        , m_customer(std::move(customer))
    { }

    // The customer's orders now (before sending).
    void readBefore(ApiClient& client, std::function<void(Orders)> done) const;
    // The customer's orders once the grace period after the unknown outcome is over, judged;
    // applied: the output (from what was read), a note, exit 0; otherwise exit 6 and one line.
    // judge gives nothing when what was written is no longer among them.
    void readAfter(ApiClient& client, const AuditLog& log, const QString& entryId, const ApiError& cause,
        Judge judge, std::function<QByteArray(const QList<PurchaseOrder>&)> output,
        std::function<void(CommandOutcome)> done) const;

    static std::optional<PurchaseOrder> find(const QList<PurchaseOrder>& orders, qint64 orderId);
    // "ffconsole-cli orders --affiliate 1 --customer 'zoë smith'": how to check by hand.
    QString howToCheck() const;

private:
    CommandOutcome outcomeOf(const WriteVerification& found, const ApiError& cause, int waitedMs) const;

    qint64 m_affiliateId;
    QString m_customer;
};

} // namespace ff::cli
