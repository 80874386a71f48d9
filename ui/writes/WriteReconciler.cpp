// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/WriteReconciler.h"

#include "api/client/ApiClient.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/AgentMessage.h"

namespace ff::ui {

WriteReconciler::WriteReconciler(const WriteContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WriteReconciler::tick);
}

void WriteReconciler::reconcile(Judge judge, int graceMs)
{
    m_judge = std::move(judge);
    m_grace.setRemainingTime(graceMs);
    m_ticker.start();
    read();
}

void WriteReconciler::checkNow()
{
    if (isFindingOut())
        read();
}

int WriteReconciler::secondsLeft() const
{
    return int((m_grace.remainingTime() + 999) / 1000);
}

void WriteReconciler::tick()
{
    if (!m_grace.hasExpired()) {
        emit countdown(secondsLeft());
        return;
    }
    if (m_reading)
        return; // the read under way began before the grace period was over: one more after it
    m_ticker.stop();
    read();
}

void WriteReconciler::read()
{
    if (m_reading || !isFindingOut())
        return;
    ApiClient* client = m_context.session->client();
    if (!client) {
        emit unresolved(tr("the connection is gone."));
        return;
    }
    // Whether this read may conclude "not applied" is decided as it starts.
    const bool afterGracePeriod = m_grace.hasExpired();
    m_reading = true;
    emit readingChanged(true);
    // With this as the context: a dialog closed meanwhile takes the answer with it.
    client->purchaseOrders(m_context.affiliateId, m_context.username, this,
        [this, afterGracePeriod](Result<QList<PurchaseOrder>, ApiError> reread) {
            m_reading = false;
            emit readingChanged(false);
            if (!reread) {
                const QString why = AgentMessage::forError(reread.error());
                if (afterGracePeriod)
                    emit unresolved(why);
                else
                    emit notYetSeen(why);
                return;
            }
            onRead(*reread, afterGracePeriod);
        });
}

void WriteReconciler::onRead(const QList<PurchaseOrder>& reread, bool afterGracePeriod)
{
    if (!isFindingOut())
        return;
    const Finding finding = m_judge(reread);
    if (!finding.order) {
        emit unresolved(finding.missing);
        return;
    }
    const WriteVerification verification
        = WriteVerification::concluded(finding.verification, afterGracePeriod);
    if (verification.verdict == WriteVerification::Verdict::NotYetSeen) {
        emit notYetSeen(verification.explanation);
        return;
    }
    m_judge = nullptr;
    m_ticker.stop();
    emit resolved(*finding.order, verification, finding.resultText);
}

} // namespace ff::ui
