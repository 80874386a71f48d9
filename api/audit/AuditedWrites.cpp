// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditedWrites.h"

#include "api/audit/AuditLog.h"

#include <QCoreApplication>
#include <QTimer>

namespace ff {

namespace {

// Records the outcome, then hands the result on. If the outcome cannot be written, the result
// still stands (the write happened or not regardless), and the log keeps the attempt without
// an outcome, which reads back as unknown: the log never claims more than it knows.
template <class T>
ApiClient::Callback<T> recordingOutcome(const AuditLog& log, AuditEntry entry, ApiClient::Callback<T> done)
{
    return [log, entry, done = std::move(done)](Result<T, ApiError> result) mutable {
        if (result) {
            entry.outcome = AuditEntry::Outcome::Succeeded;
            entry.message = QStringLiteral("applied");
        } else {
            const ApiError& error = result.error();
            entry.outcome = error.outcomeUnknown ? AuditEntry::Outcome::Unknown : AuditEntry::Outcome::Failed;
            entry.httpStatus = error.httpStatus;
            entry.requestId = error.requestId;
            entry.message = error.message;
        }
        log.recordOutcome(entry);
        done(std::move(result));
    };
}

template <class T>
ApiCall* refuse(ApiClient& client, const QString& problem, QObject* context, ApiClient::Callback<T> done)
{
    Q_UNUSED(client);
    const ApiError error = ApiError::make(ApiError::Kind::InvalidInput,
        QCoreApplication::translate(
            "ff::AuditedWrites", "the write could not be recorded in the audit log, so it was not sent: %1")
            .arg(problem));
    QTimer::singleShot(0, context ? context : &client, [error, done = std::move(done)] { done(error); });
    return nullptr;
}

Result<std::optional<AuditEntry>, QString> unresolved(
    const AuditLog& log, const QString& endpoint, const QString& key, qint64 id)
{
    const auto contents = log.read();
    if (!contents)
        return contents.error();
    for (auto it = contents->entries.crbegin(); it != contents->entries.crend(); ++it) {
        if (it->endpoint == endpoint && it->ids.value(key).toInteger() == id && it->isUnresolved())
            return std::optional<AuditEntry>(*it);
    }
    return std::optional<AuditEntry>();
}

} // namespace

Result<std::optional<AuditEntry>, QString> AuditedWrites::unresolvedAddItem(
    const AuditLog& log, qint64 purchaseOrderId)
{
    return unresolved(log, QStringLiteral("add-item"), QStringLiteral("purchaseOrderId"), purchaseOrderId);
}

Result<std::optional<AuditEntry>, QString> AuditedWrites::unresolvedAcknowledgement(
    const AuditLog& log, qint64 purchaseOrderItemId)
{
    return unresolved(
        log, QStringLiteral("ack-license"), QStringLiteral("purchaseOrderItemId"), purchaseOrderItemId);
}

Result<bool, QString> AuditedWrites::recordReconciliation(
    const AuditLog& log, const QString& entryId, const WriteVerification& found)
{
    AuditEntry entry;
    entry.id = entryId;
    entry.reconciliation = found.explanation;
    switch (found.verdict) {
    case WriteVerification::Verdict::Applied:
        entry.reconciled = AuditEntry::Reconciled::Applied;
        break;
    case WriteVerification::Verdict::NotApplied:
        entry.reconciled = AuditEntry::Reconciled::NotApplied;
        break;
    case WriteVerification::Verdict::Uncertain:
        entry.reconciled = AuditEntry::Reconciled::Uncertain;
        break;
    case WriteVerification::Verdict::NotYetSeen:
        return true; // nothing found out yet
    }
    return log.recordReconciliation(entry);
}

ApiCall* AuditedWrites::addItem(ApiClient& client, const AuditLog& log, AuditEntry entry,
    qint64 purchaseOrderId, const PurchaseOrderItem& item, QObject* context,
    ApiClient::Callback<PurchaseOrder> done)
{
    entry.endpoint = QStringLiteral("add-item");
    entry.ids = { { QStringLiteral("purchaseOrderId"), purchaseOrderId } };
    entry.requestSummary
        = QStringLiteral("PUT api/Purchase/%1: offer %2, supplier ref \"%3\", title \"%4\", unit price %5")
              .arg(purchaseOrderId)
              .arg(item.offerId.value_or(0))
              .arg(item.supplierRef.value_or(QString()), item.title.value_or(QString()),
                  item.unitPrice ? item.unitPrice->toString() : QStringLiteral("none"));
    const auto recorded = log.recordAttempt(entry);
    if (!recorded)
        return refuse<PurchaseOrder>(client, recorded.error(), context, std::move(done));
    return client.addItem(
        purchaseOrderId, item, context, recordingOutcome<PurchaseOrder>(log, entry, std::move(done)));
}

ApiCall* AuditedWrites::acknowledgeLicense(ApiClient& client, const AuditLog& log, AuditEntry entry,
    qint64 affiliateId, const QString& deviceId, qint64 purchaseOrderItemId, QObject* context,
    ApiClient::Callback<EntitlementV1> done)
{
    entry.endpoint = QStringLiteral("ack-license");
    entry.ids = { { QStringLiteral("affiliateId"), affiliateId }, { QStringLiteral("deviceId"), deviceId },
        { QStringLiteral("purchaseOrderItemId"), purchaseOrderItemId } };
    entry.requestSummary
        = QStringLiteral("POST api/License/AcknowledgeLicenseIssued: affiliate %1, device \"%2\", item %3")
              .arg(QString::number(affiliateId), deviceId, QString::number(purchaseOrderItemId));
    const auto recorded = log.recordAttempt(entry);
    if (!recorded)
        return refuse<EntitlementV1>(client, recorded.error(), context, std::move(done));
    return client.acknowledgeLicense(affiliateId, deviceId, purchaseOrderItemId, context,
        recordingOutcome<EntitlementV1>(log, entry, std::move(done)));
}

} // namespace ff
