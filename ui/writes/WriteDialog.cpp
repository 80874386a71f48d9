// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/WriteDialog.h"

#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/AgentMessage.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/writes/OutcomeCountdown.h"
#include "ui/writes/PendingWrites.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ff::ui {

WriteDialog::WriteDialog(const WriteContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_reconciler(new WriteReconciler(context, this))
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_busy(new BusyBar(this))
    , m_problems(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_result(new QPlainTextEdit(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_send(new QPushButton(this))
    , m_close(new QPushButton(tr("Cancel"), this))
    , m_countdown(new OutcomeCountdown(this))
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(560);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    // The confirmation page.
    auto* confirm = new QWidget(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // exactly what was typed
    m_summary->setObjectName(QStringLiteral("writeSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setAccessibleName(tr("Exactly what will be sent"));
    m_preview->setMaximumHeight(180);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    m_ticket->setObjectName(QStringLiteral("ticketReference"));
    m_ticket->setPlaceholderText(tr("e.g. CS-104233"));
    m_ticket->setAccessibleName(tr("Ticket or case reference"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why this change is being made"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    auto* confirmLayout = new QFormLayout(confirm);
    confirmLayout->addRow(m_summary);
    confirmLayout->addRow(tr("Will be sent:"), m_preview);
    confirmLayout->addRow(tr("&Ticket or case reference:"), m_ticket);
    confirmLayout->addRow(tr("&Reason:"), m_reason);

    // The result page.
    m_result->setReadOnly(true);
    m_result->setObjectName(QStringLiteral("writeResult"));
    m_result->setAccessibleName(tr("Result of the change"));

    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step::Form); });
    connect(m_next, &QPushButton::clicked, this, &WriteDialog::goToConfirmation);
    connect(m_send, &QPushButton::clicked, this, &WriteDialog::send);
    // From the reason box, where Enter starts a new line, Ctrl+Enter sends (send() refuses
    // anything but the confirmation step, so the keys cannot send twice).
    for (const QKeySequence& keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &WriteDialog::send);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(m_close, &QPushButton::clicked, this, [this] { m_step == Step::Done ? accept() : reject(); });
    connect(m_ticket, &QLineEdit::textChanged, this, &WriteDialog::updateButtons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &WriteDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_busy);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
    m_pages->addWidget(confirm);
    m_pages->addWidget(m_result);

    connect(m_reconciler, &WriteReconciler::resolved, this,
        [this](const PurchaseOrder& order, const WriteVerification& verification, const QString& resultText) {
            const bool applied = verification.verdict == WriteVerification::Verdict::Applied;
            emit orderReread(order, applied ? verification.itemId : 0);
            resolveUnknownOutcome(verification, resultText);
        });
    connect(m_reconciler, &WriteReconciler::notYetSeen, this, &WriteDialog::unknownOutcomeNotYetSeen);
    connect(m_reconciler, &WriteReconciler::unresolved, this, &WriteDialog::unknownOutcomeUnresolved);
    connect(m_reconciler, &WriteReconciler::countdown, m_countdown, &OutcomeCountdown::showSecondsLeft);
    connect(m_reconciler, &WriteReconciler::readingChanged, m_countdown, &OutcomeCountdown::setReading);
    connect(m_countdown, &OutcomeCountdown::checkNowRequested, m_reconciler, &WriteReconciler::checkNow);
    if (m_context.pendingWrites)
        connect(m_context.pendingWrites, &PendingWrites::changed, this, &WriteDialog::updateButtons);
}

QPushButton* WriteDialog::checkNowButton() const
{
    return m_countdown->checkNowButton();
}

QLabel* WriteDialog::countdownLabel() const
{
    return m_countdown->label();
}

QString WriteDialog::pendingKey() const
{
    // Per server: order 1001 on one platform is not order 1001 on another.
    return m_context.session->profile().platformUrl.toString() + QLatin1Char('|') + writeKey();
}

std::optional<QString> WriteDialog::blockedBy() const
{
    if (!m_context.pendingWrites)
        return std::nullopt;
    const std::optional<QString> what = m_context.pendingWrites->blocking(pendingKey());
    if (!what)
        return std::nullopt;
    return tr("Not yet seen on the server: “%1” was sent earlier in this session, its answer said "
              "nothing certain, and whether it was applied has not been found out. The same change "
              "cannot be sent again in this session: check the customer's orders (F5) to see "
              "whether it is there.")
        .arg(*what);
}

void WriteDialog::setForm(QWidget* form, const QString& sendText)
{
    m_pages->insertWidget(0, form);
    m_send->setText(sendText);
    setStep(Step::Form);
}

void WriteDialog::revalidate()
{
    updateButtons();
}

void WriteDialog::goToConfirmation()
{
    if (m_step != Step::Form || !problems().isEmpty() || blockedBy())
        return;
    m_summary->setText(summary());
    m_preview->setPlainText(requestPreview());
    setStep(Step::Confirm);
    m_ticket->setFocus();
}

void WriteDialog::send()
{
    // The only way in, whatever triggered it: a second click, Enter or shortcut finds the step
    // already past Confirm and does nothing.
    if (m_step != Step::Confirm || m_ticket->text().trimmed().isEmpty()
        || m_reason->toPlainText().trimmed().isEmpty() || blockedBy())
        return;
    setStep(Step::Sending);
    m_messages->dismiss();
    AuditEntry entry;
    entry.id = m_entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.profile = m_context.session->profile().name;
    entry.ticket = m_ticket->text().trimmed();
    entry.reason = m_reason->toPlainText().trimmed();
    entry.source = QStringLiteral("console");
    perform(entry, [this](std::optional<ApiError> error, const QString& resultText) {
        onFinished(std::move(error), resultText);
    });
}

void WriteDialog::onFinished(std::optional<ApiError> error, const QString& resultText)
{
    if (!error) {
        m_result->setPlainText(resultText);
        setStep(Step::Done);
        return;
    }
    if (error->outcomeUnknown) {
        startFindingOut(*error);
        return;
    }
    // A 4xx, or refused before sending: not applied, and may be sent again when the agent says so.
    m_messages->showMessage(MessageBar::Kind::Error,
        AgentMessage::forError(*error) + QLatin1Char(' ') + tr("Nothing was changed."));
    setStep(Step::Confirm);
}

void WriteDialog::startFindingOut(const ApiError& error)
{
    // Never resent on our own, nor from another dialog, until it is known whether it landed.
    m_unknownCause = AgentMessage::forError(error);
    if (m_context.pendingWrites)
        m_context.pendingWrites->add(pendingKey(), summary());
    m_messages->showMessage(MessageBar::Kind::Warning,
        m_unknownCause + QLatin1Char(' ')
            + tr("Reading the order again to find out whether it was applied…"));
    ApiClient* client = m_context.session->client();
    const int graceMs = WriteVerification::gracePeriodMs(
        client ? client->settings().timeoutMs : ConnectionSettings().timeoutMs);
    m_countdown->showSecondsLeft((graceMs + 999) / 1000);
    setStep(Step::Verifying);
    m_reconciler->reconcile([this](const QList<PurchaseOrder>& reread) { return judge(reread); }, graceMs);
}

void WriteDialog::resolveUnknownOutcome(const WriteVerification& verification, const QString& resultText)
{
    if (m_step != Step::Verifying)
        return;
    AuditedWrites::recordReconciliation(*m_context.audit, m_entryId, verification);
    if (m_context.pendingWrites)
        m_context.pendingWrites->remove(pendingKey());
    switch (verification.verdict) {
    case WriteVerification::Verdict::Applied:
        m_messages->showMessage(MessageBar::Kind::Success,
            tr("%1 Reading the order again shows %2.").arg(m_unknownCause, verification.explanation));
        m_result->setPlainText(resultText);
        setStep(Step::Done);
        return;
    case WriteVerification::Verdict::NotApplied:
        m_messages->showMessage(MessageBar::Kind::Information,
            tr("%1 Reading the order again, once the server had had time to finish, shows %2. You can "
               "send it again.")
                .arg(m_unknownCause, verification.explanation));
        break;
    case WriteVerification::Verdict::Uncertain:
    case WriteVerification::Verdict::NotYetSeen:
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("%1 Whether it was applied is not certain: %2. Send it again only once you are sure it is "
               "not there.")
                .arg(m_unknownCause, verification.explanation));
        break;
    }
    setStep(Step::Confirm);
}

void WriteDialog::unknownOutcomeNotYetSeen(const QString& why)
{
    if (m_step != Step::Verifying)
        return;
    m_messages->showMessage(
        MessageBar::Kind::Warning, tr("%1 Not yet seen on the server: %2").arg(m_unknownCause, why));
}

void WriteDialog::unknownOutcomeUnresolved(const QString& why)
{
    if (m_step != Step::Verifying)
        return;
    m_messages->showMessage(MessageBar::Kind::Warning,
        tr("%1 Whether it was applied is still not known: %2 Check the order before doing anything "
           "else.")
            .arg(m_unknownCause, why));
    m_countdown->showCheckOnly(tr("Not yet seen on the server. Check again, or close this and check the "
                                  "customer's orders: this change cannot be sent again in this session."));
}

QString WriteDialog::resultText() const
{
    return m_result->toPlainText();
}

void WriteDialog::setStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Form:
        m_pages->setCurrentIndex(0);
        break;
    case Step::Confirm:
    case Step::Sending:
    case Step::Verifying:
        m_pages->setCurrentIndex(1);
        break;
    case Step::Done:
        m_pages->setCurrentIndex(2);
        break;
    }
    if (step == Step::Sending)
        m_busy->start(tr("Sending… the answer is awaited before anything else can be done here."));
    else
        m_busy->stop();
    m_countdown->setVisible(step == Step::Verifying);
    m_pages->setEnabled(step != Step::Sending && step != Step::Verifying);
    updateButtons();
}

void WriteDialog::updateButtons()
{
    QStringList problems = m_step == Step::Form ? this->problems() : QStringList();
    const std::optional<QString> blocked
        = m_step == Step::Form || m_step == Step::Confirm ? blockedBy() : std::nullopt;
    if (blocked)
        problems.prepend(*blocked);
    m_problems->setText(problems.isEmpty()
            ? QString()
            : tr("Before going on:") + QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!problems.isEmpty());
    const bool confirmReady
        = !m_ticket->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty();

    const bool waiting = m_step == Step::Sending || m_step == Step::Verifying;
    m_back->setVisible(m_step == Step::Confirm || waiting);
    m_back->setEnabled(m_step == Step::Confirm);
    m_next->setVisible(m_step == Step::Form);
    m_next->setEnabled(m_step == Step::Form && problems.isEmpty());
    m_send->setVisible(m_step == Step::Confirm || waiting);
    m_send->setEnabled(m_step == Step::Confirm && confirmReady && !blocked);
    m_close->setText(m_step == Step::Done ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(m_step != Step::Sending);
    m_next->setDefault(m_step == Step::Form);
    m_send->setDefault(m_step == Step::Confirm);
    m_close->setDefault(m_step == Step::Done);
}

void WriteDialog::reject()
{
    if (m_step == Step::Sending)
        return; // the request is out: its answer must be seen
    QDialog::reject();
}

void WriteDialog::closeEvent(QCloseEvent* event)
{
    if (m_step == Step::Sending) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace ff::ui
