// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/EntitlementV1.h"
#include "api/dto/PurchaseOrder.h"
#include "models/InvestigationContext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ff::ui {

// What acknowledging a licence does to an item's state, in words: the state before (from the
// order), and after the answer the state the returned entitlement gives, so that the agent sees
// whether the rental window started ("the rental window started: it ends on …"). Worked out by
// the investigation's rules (CustomerInvestigation), at the present moment.
class LicenceStates final
{
    Q_DECLARE_TR_FUNCTIONS(ff::ui::LicenceStates)

public:
    LicenceStates(PurchaseOrder order, qint64 itemId, InvestigationContext context, const QLocale& locale);

    // "State before: Not started, 29 d 23 h left to start."
    QString before() const;
    // "State after: Active, 1 d 23 h left. The rental window started: it ends on …"
    QString after(const EntitlementV1& answer) const;

private:
    PurchaseOrder m_order;
    qint64 m_itemId;
    InvestigationContext m_context;
    QLocale m_locale;
};

} // namespace ff::ui
