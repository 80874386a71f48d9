// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "api/client/ApiClient.h"

namespace ff {

class AuditLog;

// The writes, recorded in the audit log before they are sent and again with their outcome.
// If the attempt cannot be recorded, nothing is sent: the callback gets an InvalidInput error.
// entry carries who and why (profile, ticket, reason, source); the rest is filled in here.
struct AuditedWrites
{
    static ApiCall* addItem(ApiClient& client, const AuditLog& log, AuditEntry entry, qint64 purchaseOrderId,
        const PurchaseOrderItem& item, QObject* context, ApiClient::Callback<PurchaseOrder> done);
    static ApiCall* acknowledgeLicense(ApiClient& client, const AuditLog& log, AuditEntry entry,
        qint64 affiliateId, const QString& deviceId, qint64 purchaseOrderItemId, QObject* context,
        ApiClient::Callback<EntitlementV1> done);
};

} // namespace ff
