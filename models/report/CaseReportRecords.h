// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DisplayFormat.h"
#include "models/report/CaseReportRequest.h"

#include <QHash>

namespace ff {

// What a case report says besides the items' investigation: the decisions and writes the audit
// log holds for the customer (matched by affiliate and customer, and by order or item id for
// entries older than those fields), the last decision about each item, and the money of the
// reported orders.
class CaseReportRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportRecords)

public:
    // request is read, not kept, except for its orders, which must outlive this.
    CaseReportRecords(const CaseReportRequest& request, qint64 affiliateId);

    void addDecisionTo(CaseReport::Item& item) const;
    QList<CaseReport::Money> money(const QList<CaseReport::Item>& items) const;
    const QList<AuditDecision>& decisions() const { return m_decisions; }
    const QList<AuditEntry>& writes() const { return m_writes; }

private:
    DisplayFormat m_format;
    QString m_currency;
    QHash<qint64, const PurchaseOrder*> m_orders;
    QList<AuditDecision> m_decisions;
    QHash<qint64, qsizetype> m_lastDecision; // by item id, into m_decisions
    QList<AuditEntry> m_writes;
    RefundPolicy m_policy;
};

} // namespace ff
