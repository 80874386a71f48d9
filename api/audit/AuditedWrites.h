// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "api/client/ApiClient.h"
#include "api/domain/WriteVerification.h"

#include <optional>

namespace ff {

class AuditLog;

// The writes, recorded in the audit log before they are sent and again with their outcome.
// If the attempt cannot be recorded, nothing is sent: the callback gets an InvalidInput error.
// entry carries who and why (profile, ticket, reason, source, and an id if the caller wants to
// know it); the rest is filled in here. An answer that says nothing certain is recorded as
// unknown; what reading back later found is recorded beside it.
struct AuditedWrites
{
    // The latest write of that kind to that order (add-item) or item (ack-license) whose
    // outcome is unresolved (AuditEntry::isUnresolved), if any; an error if the log is there
    // but cannot be read.
    static Result<std::optional<AuditEntry>, QString> unresolvedAddItem(
        const AuditLog& log, qint64 purchaseOrderId);
    static Result<std::optional<AuditEntry>, QString> unresolvedAcknowledgement(
        const AuditLog& log, qint64 purchaseOrderItemId);
    // What reading back found for the write recorded under entryId (NotYetSeen records nothing).
    static Result<bool, QString> recordReconciliation(
        const AuditLog& log, const QString& entryId, const WriteVerification& found);

    static ApiCall* addItem(ApiClient& client, const AuditLog& log, AuditEntry entry, qint64 purchaseOrderId,
        const PurchaseOrderItem& item, QObject* context, ApiClient::Callback<PurchaseOrder> done);
    static ApiCall* acknowledgeLicense(ApiClient& client, const AuditLog& log, AuditEntry entry,
        qint64 affiliateId, const QString& deviceId, qint64 purchaseOrderItemId, QObject* context,
        ApiClient::Callback<EntitlementV1> done);
};

} // namespace ff
