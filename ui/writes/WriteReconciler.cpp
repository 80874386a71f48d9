// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/WriteReconciler.h"

#include "api/client/ApiClient.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/AgentMessage.h"

namespace ff::ui {

WriteReconciler::WriteReconciler(const WriteContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

void WriteReconciler::reconcile(Judge judge)
{
    ApiClient* client = m_context.session->client();
    if (!client) {
        emit unresolved(tr("the connection is gone."));
        return;
    }
    // With this as the context: a dialog closed meanwhile takes the answer with it.
    client->purchaseOrders(m_context.affiliateId, m_context.username, this,
        [this, judge = std::move(judge)](Result<QList<PurchaseOrder>, ApiError> reread) {
            if (!reread) {
                emit unresolved(AgentMessage::forError(reread.error()));
                return;
            }
            const Finding finding = judge(*reread);
            if (!finding.order) {
                emit unresolved(finding.missing);
                return;
            }
            emit resolved(*finding.order, finding.verification, finding.resultText);
        });
}

} // namespace ff::ui
