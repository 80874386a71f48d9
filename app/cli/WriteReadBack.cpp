// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WriteReadBack.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"

#include <QCoreApplication>
#include <QTimer>

namespace ff::cli {

void WriteReadBack::readBefore(ApiClient& client, std::function<void(Orders)> done) const
{
    client.purchaseOrders(m_affiliateId, m_customer, nullptr, std::move(done));
}

void WriteReadBack::readAfter(ApiClient& client, const AuditLog& log, const QString& entryId,
    const ApiError& cause, Judge judge, std::function<QByteArray(const QList<PurchaseOrder>&)> output,
    std::function<void(CommandOutcome)> done) const
{
    const int graceMs = WriteVerification::gracePeriodMs(client.settings().timeoutMs);
    // The read that may conclude "not applied" starts once the grace period is over.
    QTimer::singleShot(graceMs, &client, [this, &client, log, entryId, cause, judge, output, done, graceMs] {
        client.purchaseOrders(m_affiliateId, m_customer, nullptr,
            [this, log, entryId, cause, judge, output, done, graceMs](Orders after) {
                if (!after) {
                    done(CommandOutcome::failure(ExitCode::NetworkFailure,
                        QCoreApplication::translate("ff::cli::WriteReadBack",
                            "the change may have been applied: %1; reading the orders back failed "
                            "too (%2): check before sending it again: %3")
                            .arg(cause.message, after.error().message, howToCheck())));
                    return;
                }
                const std::optional<WriteVerification> found = judge(*after);
                if (!found) {
                    done(CommandOutcome::failure(ExitCode::NetworkFailure,
                        QCoreApplication::translate("ff::cli::WriteReadBack",
                            "the change may have been applied: %1; what it changed is no longer "
                            "among the customer's orders: check before sending it again: %2")
                            .arg(cause.message, howToCheck())));
                    return;
                }
                const WriteVerification verdict = WriteVerification::concluded(*found, true);
                AuditedWrites::recordReconciliation(log, entryId, verdict);
                CommandOutcome outcome = outcomeOf(verdict, cause, graceMs);
                if (outcome.code == ExitCode::Ok)
                    outcome.output = output(*after);
                done(outcome);
            });
    });
}

CommandOutcome WriteReadBack::outcomeOf(
    const WriteVerification& found, const ApiError& cause, int waitedMs) const
{
    const QString waited = QString::number(waitedMs / 1000.0);
    switch (found.verdict) {
    case WriteVerification::Verdict::Applied: {
        CommandOutcome applied = CommandOutcome::success({});
        applied.error = QCoreApplication::translate("ff::cli::WriteReadBack",
            "applied: the answer said nothing certain (%1), but reading the orders "
            "back %2 s later shows %3")
                            .arg(cause.message, waited, found.explanation);
        return applied;
    }
    case WriteVerification::Verdict::NotApplied:
        return CommandOutcome::failure(ExitCode::NetworkFailure,
            QCoreApplication::translate("ff::cli::WriteReadBack",
                "not applied, safe to send again: the answer said nothing certain (%1), and reading "
                "the orders back %2 s later shows %3")
                .arg(cause.message, waited, found.explanation));
    case WriteVerification::Verdict::Uncertain:
    case WriteVerification::Verdict::NotYetSeen:
        break;
    }
    return CommandOutcome::failure(ExitCode::NetworkFailure,
        QCoreApplication::translate("ff::cli::WriteReadBack",
            "not certain whether it was applied: the answer said nothing certain (%1), and reading "
            "the orders back shows %2; check before sending it again: %3")
            .arg(cause.message, found.explanation, howToCheck()));
}

std::optional<PurchaseOrder> WriteReadBack::find(const QList<PurchaseOrder>& orders, qint64 orderId)
{
    for (const PurchaseOrder& order : orders) {
        if (order.id == orderId)
            return order;
    }
    return std::nullopt;
}

QString WriteReadBack::howToCheck() const
{
    QString customer = m_customer;
    customer.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("ffconsole-cli orders --affiliate %1 --customer '%2'")
        .arg(QString::number(m_affiliateId), customer);
}

} // namespace ff::cli
