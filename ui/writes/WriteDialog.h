// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditEntry.h"
#include "api/client/ApiError.h"
#include "api/domain/WriteVerification.h"
#include "ui/writes/WriteContext.h"
#include "ui/writes/WriteReconciler.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ff::ui {

class BusyBar;
class MessageBar;
class OutcomeCountdown;

// The steps every write goes through in the console: the form, validated as the agent types;
// a confirmation that shows exactly what will be sent and asks for a ticket or case reference
// and a reason (both kept in the audit log); the request; the result. From the moment the
// request leaves until its answer, every way to send it is disabled and the dialog cannot be
// closed, so nothing is ever sent twice. When the answer says nothing certain (anything but a
// 2xx about this write or a 4xx), the dialog finds out itself whether the write landed
// (WriteReconciler), and until it knows, the same write is blocked in every dialog of the
// session (PendingWrites), even once this one is closed.
class WriteDialog : public QDialog
{
    Q_OBJECT

public:
    // Verifying: the answer said nothing certain, and the order is read again (at once, on
    // "Check now", and after the grace period) to learn whether the write landed; nothing can be
    // sent until that is known. The dialog may be closed meanwhile; the write stays blocked.
    enum class Step { Form, Confirm, Sending, Verifying, Done };

    Step step() const { return m_step; }
    // Test and keyboard entry points: the same guards as the buttons.
    void goToConfirmation();
    void send();
    QLineEdit* ticketEdit() const { return m_ticket; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* nextButton() const { return m_next; }
    MessageBar* messages() const { return m_messages; }
    QPushButton* checkNowButton() const;
    QLabel* countdownLabel() const;
    QString resultText() const;

signals:
    // After an answer that never came: the order as read again, for the tab to show, and the
    // item the write created or changed when it was applied (0 when it was not, or is not known).
    void orderReread(const ff::PurchaseOrder& order, qint64 appliedItemId);

protected:
    using Finished = std::function<void(std::optional<ApiError> error, const QString& resultText)>;

    WriteDialog(const WriteContext& context, QWidget* parent);

    const WriteContext& context() const { return m_context; }

    // Subclasses build the form, then call setForm().
    void setForm(QWidget* form, const QString& sendText);
    // Call when the form changes: re-validates and updates the Next button.
    void revalidate();
    virtual QStringList problems() const = 0;
    virtual QString summary() const = 0; // a sentence: what will change
    virtual QString requestPreview() const = 0; // exactly what will be sent
    // Which write this is, for blocking the same one: "add-item|1001", "ack-license|5003".
    virtual QString writeKey() const = 0;
    // Sends; calls finished once with no error and the text to show, or with the error.
    virtual void perform(AuditEntry entry, Finished finished) = 0;
    // After an answer that never came: what the customer's orders, read again, say of this write.
    virtual WriteReconciler::Finding judge(const QList<PurchaseOrder>& reread) const = 0;

    void closeEvent(QCloseEvent* event) override;

public:
    // Refused while the request is out: its answer must be seen. Once it is, and while its
    // outcome is found out, closing leaves the write blocked for the session.
    void reject() override;

private:
    void setStep(Step step);
    void onFinished(std::optional<ApiError> error, const QString& resultText);
    void startFindingOut(const ApiError& error);
    // What reading the order again found out, after an answer that said nothing certain.
    void resolveUnknownOutcome(const WriteVerification& verification, const QString& resultText);
    // Not yet seen: nothing there, or no read, before the grace period is over.
    void unknownOutcomeNotYetSeen(const QString& why);
    // The read that may conclude found nothing certain: the agent can check again.
    void unknownOutcomeUnresolved(const QString& why);
    // The session-wide key of this write, and what blocks it (another dialog's write not yet seen).
    QString pendingKey() const;
    std::optional<QString> blockedBy() const;
    void updateButtons();

    WriteContext m_context;
    WriteReconciler* m_reconciler;
    Step m_step = Step::Form;
    QStackedWidget* m_pages;
    MessageBar* m_messages;
    BusyBar* m_busy;
    QLabel* m_problems;
    QLabel* m_summary;
    QPlainTextEdit* m_preview;
    QLineEdit* m_ticket;
    QPlainTextEdit* m_reason;
    QPlainTextEdit* m_result;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_send;
    QPushButton* m_close;
    OutcomeCountdown* m_countdown;
    QString m_entryId; // the audit log's record of the write being sent
    QString m_unknownCause; // what the answer said, when it said nothing certain
};

} // namespace ff::ui
