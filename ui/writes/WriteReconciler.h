// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/WriteVerification.h"
#include "api/dto/PurchaseOrder.h"
#include "ui/writes/WriteContext.h"

#include <QObject>
#include <functional>
#include <optional>

namespace ff::ui {

// After a write whose answer never came (a timeout, a dropped connection): reads the customer's
// orders again and has the write's own rule (api/domain/WriteVerification) judge whether it
// landed. It never sends the write again: that is the agent's decision, once they know.
class WriteReconciler final : public QObject
{
    Q_OBJECT

public:
    // What a write's rule makes of the orders read again.
    struct Finding
    {
        std::optional<PurchaseOrder> order; // the order that holds what was written; none: gone
        WriteVerification verification;
        QString resultText; // what the result page says when it was applied
        QString missing; // when there is no order: what is no longer there
    };
    using Judge = std::function<Finding(const QList<PurchaseOrder>& reread)>;

    WriteReconciler(const WriteContext& context, QObject* parent);

    // Reads the orders again and judges them; then resolved() or unresolved(), once.
    void reconcile(Judge judge);

signals:
    void resolved(
        const ff::PurchaseOrder& order, const ff::WriteVerification& verification, const QString& resultText);
    // The orders could not be read again, or what was written is no longer there: the agent
    // must check before sending again.
    void unresolved(const QString& why);

private:
    WriteContext m_context;
};

} // namespace ff::ui
