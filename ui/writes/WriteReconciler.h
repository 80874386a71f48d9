// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/WriteVerification.h"
#include "api/dto/PurchaseOrder.h"
#include "ui/writes/WriteContext.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace ff::ui {

// After a write whose answer said nothing certain (a timeout, a dropped connection, a 5xx, a
// redirect, a 2xx about something else): reads the customer's orders back and has the write's
// own rule (api/domain/WriteVerification) judge whether it landed. A server may still be at
// work when the answer is lost, so "not applied" is concluded only from a read made after the
// grace period (WriteVerification::gracePeriodMs); it reads at once (to find out early when it
// did land), again whenever the agent asks (checkNow), and once more when the grace period is
// over. It never sends the write again: that is the agent's decision, once they know.
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

    // Starts finding out: reads at once, and again once graceMs have passed.
    void reconcile(Judge judge, int graceMs);
    // Reads again now (the agent's "Check now"); "not applied" still waits for the grace period.
    void checkNow();
    bool isReading() const { return m_reading; }
    bool isFindingOut() const { return m_judge != nullptr; }
    // Seconds until the read that may conclude "not applied"; 0 once it is due.
    int secondsLeft() const;

signals:
    // Found out: Applied, NotApplied (from a read after the grace period) or Uncertain. Once.
    void resolved(
        const ff::PurchaseOrder& order, const ff::WriteVerification& verification, const QString& resultText);
    // Not yet seen: nothing there so far, or the read failed, before the grace period was over.
    void notYetSeen(const QString& why);
    // Every second while waiting for the grace period.
    void countdown(int secondsLeft);
    // The read after the grace period failed, or what was written is no longer there: it is
    // still not known, until the agent checks again.
    void unresolved(const QString& why);
    void readingChanged(bool reading);

private:
    void read();
    void onRead(const QList<PurchaseOrder>& reread, bool afterGracePeriod);
    // Counts down the grace period, then makes the read that may conclude.
    void tick();

    WriteContext m_context;
    Judge m_judge;
    QDeadlineTimer m_grace;
    QTimer m_ticker;
    bool m_reading = false;
};

} // namespace ff::ui
