// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/investigation/InvestigationCard.h"

#include "api/audit/AuditLog.h"
#include "investigation/CustomerInvestigation.h"
#include "investigation/RefundPolicyJson.h"
#include "models/CardLines.h"
#include "models/DecisionRecords.h"
#include "models/InvestigationColours.h"
#include "ui/investigation/AsOfEdit.h"
#include "ui/investigation/DecisionDialog.h"
#include "ui/investigation/DecisionIndex.h"
#include "ui/investigation/SignalColumns.h"
#include "ui/investigation/TimelineWidget.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

// Ticking over while the card shows now: often enough that "4 min left" stays true.
constexpr int TickMs = 30'000;

QLabel* textLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // titles and values as the server sent them
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* heading(QWidget* parent, const QString& text)
{
    QLabel* label = textLabel(parent, QString());
    label->setText(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

InvestigationCard::InvestigationCard(QWidget* parent)
    : QWidget(parent)
    , m_title(textLabel(this, QStringLiteral("cardTitle")))
    , m_verdict(textLabel(this, QStringLiteral("cardVerdict")))
    , m_state(textLabel(this, QStringLiteral("cardState")))
    , m_source(textLabel(this, QStringLiteral("cardSource")))
    , m_asOf(new AsOfEdit(this))
    , m_basis(textLabel(this, QStringLiteral("cardBasis")))
    , m_played(textLabel(this, QStringLiteral("cardPlayed")))
    , m_sentences(textLabel(this, QStringLiteral("cardSentences")))
    , m_columns(new SignalColumns(this))
    , m_conflicts(textLabel(this, QStringLiteral("cardConflicts")))
    , m_unknowns(textLabel(this, QStringLiteral("cardUnknowns")))
    , m_timeline(new TimelineWidget(this))
    , m_lastDecision(textLabel(this, QStringLiteral("cardLastDecision")))
    , m_record(new QPushButton(tr("Record a dec&ision…"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("investigationCard"));
    setAccessibleName(tr("Refund investigation of the selected item"));
    m_verdict->setAutoFillBackground(true);
    m_verdict->setMargin(8);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    QFont stateFont = m_state->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.2);
    m_state->setFont(stateFont);
    m_sentences->setAccessibleName(tr("Sentences to read out"));
    m_record->setObjectName(QStringLiteral("recordDecision"));
    m_record->setToolTip(tr("Keep what you decided, why and the ticket in the audit log (nothing is sent)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_state);
    // What was decided before, first: a customer calling again is told the same.
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_lastDecision, 1);
    decisionRow->addWidget(m_record, 0, Qt::AlignTop);
    layout->addLayout(decisionRow);
    layout->addWidget(m_source);
    layout->addWidget(m_asOf);
    layout->addWidget(m_basis);
    layout->addWidget(heading(this, tr("Read out to the customer")));
    layout->addWidget(m_sentences);
    layout->addWidget(heading(this, tr("Evidence")));
    layout->addWidget(m_played);
    layout->addWidget(m_columns);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_unknowns);
    layout->addWidget(heading(this, tr("Time line")));
    layout->addWidget(m_timeline);
    layout->addStretch(1);

    connect(m_asOf, &AsOfEdit::asOfChanged, this, [this](const std::optional<DateTimeOffset>& asOf) {
        m_context.asOf = asOf;
        recompute();
        emit contextChanged(m_context);
    });
    connect(m_record, &QPushButton::clicked, this, &InvestigationCard::openDecision);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_context.asOf && m_result && isVisible()) {
            m_asOf->showNow();
            recompute();
        }
    });
    m_tick->start();
    clear();
}

InvestigationCard::~InvestigationCard() = default;

void InvestigationCard::setSubject(const CardSubject& subject)
{
    m_subject = subject;
    if (m_decisions)
        m_decisions->disconnect(this);
    m_decisions = subject.audit ? DecisionIndex::of(subject.audit->path()) : nullptr;
    if (m_decisions) {
        connect(m_decisions.get(), &DecisionIndex::changed, this, [this] {
            if (m_itemId != 0)
                showLastDecision();
        });
    }
}

void InvestigationCard::setContext(const InvestigationContext& context)
{
    m_context = context;
    m_asOf->setZone(context.affiliateZone);
    m_asOf->setAsOf(context.asOf);
    recompute();
}

void InvestigationCard::showItem(QList<PurchaseOrder> titleOrders, qint64 itemId, const QString& currency)
{
    m_result.reset(); // it points into what is replaced
    m_orders = std::move(titleOrders);
    m_itemId = itemId;
    m_currency = currency;
    m_entitlement.reset();
    m_noEntitlement = false;
    m_supplierRef.clear();
    for (const PurchaseOrder& order : m_orders) {
        for (const PurchaseOrderItem& item :
            order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (item.id == itemId)
                m_supplierRef = item.supplierRef.value_or(QString());
        }
    }
    m_asOf->showNow();
    recompute();
    if (m_decisions)
        m_decisions->retryIfFailed(); // the agent may have put the log right meanwhile
    showLastDecision();
}

void InvestigationCard::setEntitlement(const Entitlement& entitlement)
{
    // The pane's answer for another title (a selection that has moved on) is not this item's.
    if (!m_result || m_supplierRef.isEmpty()
        || entitlement.supplierRef.value_or(m_supplierRef) != m_supplierRef)
        return;
    m_result.reset();
    m_entitlement = entitlement;
    m_noEntitlement = false;
    recompute();
}

void InvestigationCard::setNoEntitlement(const QString& supplierRef)
{
    if (!m_result || m_supplierRef.isEmpty() || supplierRef != m_supplierRef)
        return;
    m_result.reset();
    m_entitlement.reset();
    m_noEntitlement = true;
    recompute();
}

void InvestigationCard::clear()
{
    m_result.reset();
    m_orders.clear();
    m_entitlement.reset();
    m_noEntitlement = false;
    m_itemId = 0;
    m_supplierRef.clear();
    render();
}

void InvestigationCard::recompute()
{
    m_result.reset();
    if (m_itemId != 0) {
        const CustomerInvestigation::EntitlementFor entitlementFor = [this](const QString& supplierRef) {
            if (supplierRef != m_supplierRef)
                return EntitlementLookup::notAsked();
            return m_entitlement ? EntitlementLookup::found(*m_entitlement) : EntitlementLookup::notFound();
        };
        m_result = CustomerInvestigation::item(m_orders, m_itemId, m_context.policy, m_context.instant(),
            m_entitlement || m_noEntitlement ? entitlementFor : CustomerInvestigation::EntitlementFor());
    }
    render();
}

void InvestigationCard::render()
{
    for (QWidget* part : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!part->isWindow()) // the decision dialog is a window of its own
            part->setVisible(m_result.has_value());
    }
    if (!m_result) {
        m_columns->clear();
        m_timeline->setEvents({});
        return;
    }
    const ItemInvestigation& item = *m_result;
    const RefundSentences sentences(locale(), m_context.affiliateZone, m_currency);
    const CardLines cardLines(item, m_context, locale(), m_currency);
    m_title->setText(tr("Item %1 of order %2 · %3")
                         .arg(QString::number(item.facts.itemId), QString::number(item.facts.orderId),
                             item.item->title.value_or(DisplayFormat::absent())));
    m_verdict->setText(displayName(item.verdict));
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(displayName(item.verdict)));
    colourVerdict();
    m_state->setText(tr("State: %1").arg(sentences.stateLine(item)));
    m_source->setText(cardLines.source());
    m_basis->setText(cardLines.basis());
    m_basis->setToolTip(DisplayFormat::toolTip(QString::fromUtf8(RefundPolicyJson::write(m_context.policy))));

    QStringList lines;
    for (const RefundSignal& signal : item.raisedSignals)
        lines.append(sentences.sentence(signal, item));
    if (lines.isEmpty())
        lines.append(tr("Nothing found for or against a refund: %1.").arg(sentences.stateLine(item)));
    m_sentences->setText(CardLines::bullets(lines));
    m_played->setText(cardLines.played());
    m_columns->setSignals(item, sentences.format());
    const QString conflicts = cardLines.conflicts();
    m_conflicts->setText(conflicts);
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_unknowns->setText(
        item.unknowns.isEmpty() ? QString() : tr("Not known:\n%1").arg(CardLines::bullets(item.unknowns)));
    m_unknowns->setVisible(!item.unknowns.isEmpty());
    m_timeline->setEvents(TimelineEvents::of(item, sentences, m_context.asOf.has_value()));
    m_record->setVisible(m_subject.audit != nullptr);
}

QString InvestigationCard::verdictText() const
{
    return m_result ? m_verdict->text() : QString();
}

QString InvestigationCard::stateText() const
{
    return m_result ? m_state->text() : QString();
}

QString InvestigationCard::sourceText() const
{
    return m_result ? m_source->text() : QString();
}

QString InvestigationCard::lastDecisionText() const
{
    return m_result ? m_lastDecision->text() : QString();
}

QString InvestigationCard::playedText() const
{
    return m_result ? m_played->text() : QString();
}

void InvestigationCard::showLastDecision()
{
    if (!m_decisions) {
        m_lastDecision->setText(tr("No decision recorded for this item yet."));
        return;
    }
    const std::optional<AuditDecision> last = m_decisions->last(m_subject.affiliateId, m_itemId);
    switch (m_decisions->status()) {
    case DecisionIndex::Status::Reading:
        m_lastDecision->setText(tr("Reading the decisions recorded earlier from the audit log…"));
        return;
    case DecisionIndex::Status::Failed: {
        // Never "no decision": there may be one the agent must be told about.
        const QString unread = tr("The audit log could not be read, so earlier decisions are not shown: %1")
                                   .arg(m_decisions->error());
        m_lastDecision->setText(last
                ? DecisionRecords::describe(*last, DisplayFormat(locale(), m_context.affiliateZone))
                    + QLatin1Char('\n') + unread
                : unread);
        return;
    }
    case DecisionIndex::Status::Ready:
        break;
    }
    if (last)
        m_lastDecision->setText(
            DecisionRecords::describe(*last, DisplayFormat(locale(), m_context.affiliateZone)));
    else
        m_lastDecision->setText(tr("No decision recorded for this item yet."));
}

void InvestigationCard::openDecision()
{
    if (!m_result || !m_subject.audit)
        return;
    auto* dialog = new DecisionDialog(
        tr("Item %1 (%2) · %3")
            .arg(QString::number(m_result->facts.itemId),
                m_result->item->title.value_or(DisplayFormat::absent()), displayName(m_result->verdict)),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the agent decided about is what the dialog named when it opened: the item, its verdict
    // and state, the instant and the policy then. The card may move on meanwhile (a tick, a
    // refresh, a filter, another item selected); the decision still goes to this item, and is
    // never dropped.
    const AuditDecision seen = DecisionRecords::make(m_subject, *m_result, m_context, {});
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen] {
        AuditDecision decision = seen;
        decision.decision = dialog->decision();
        decision.reason = dialog->reason();
        decision.ticket = dialog->ticket();
        record(std::move(decision));
    });
    dialog->open();
}

void InvestigationCard::record(AuditDecision decision)
{
    const qint64 itemId = decision.itemId;
    const auto recorded = DecisionRecords::record(m_subject, std::move(decision));
    if (!recorded) {
        // Said whatever the card shows now: the agent must know the decision is not on record.
        m_lastDecision->setText(tr("The decision about item %1 was not recorded: %2")
                                    .arg(QString::number(itemId), recorded.error()));
        return;
    }
    if (m_decisions)
        m_decisions->add(*recorded); // every card of this log shows it, this one too
    else if (m_itemId == itemId)
        m_lastDecision->setText(
            DecisionRecords::describe(*recorded, DisplayFormat(locale(), m_context.affiliateZone)));
    emit decisionRecorded();
}

void InvestigationCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_result)
        colourVerdict();
    QWidget::changeEvent(event);
}

void InvestigationCard::colourVerdict()
{
    const QColor colour = InvestigationColours::verdict(m_result->verdict, palette());
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::Window, InvestigationColours::wash(colour, palette()));
    verdictPalette.setColor(QPalette::WindowText, colour);
    m_verdict->setPalette(verdictPalette);
}

} // namespace ff::ui
