// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"
#include "api/dto/Entitlement.h"
#include "investigation/ItemInvestigation.h"
#include "models/CardSubject.h"
#include "models/InvestigationContext.h"
#include "models/RefundSentences.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace ff::ui {

class AsOfEdit;
class DecisionIndex;
class SignalColumns;
class TimelineWidget;

// The answer to "can I have my money back for this?", for the selected item, at the top of the
// detail pane: the verdict (big, coloured, and in words), the state, the sentences to read out,
// the evidence for and against side by side, conflicts, what is unknown and why, and a small time
// line. It answers from the orders first (as the tree does), then again with the item's
// entitlement once the pane has it and it is this item's (or, when the platform has none, says
// so and goes on from the orders), and says which. "As of" sets the instant; "Record a decision"
// writes what the agent decided to the audit log, and the last decision shows the next time the
// item is opened (from a DecisionIndex: the log is never read at a selection). Nothing goes to
// the server.
class InvestigationCard final : public QWidget
{
    Q_OBJECT

public:
    explicit InvestigationCard(QWidget* parent = nullptr);
    ~InvestigationCard() override;

    // Whose items, and which audit log: its decisions are read now, once, on a worker.
    void setSubject(const CardSubject& subject);
    // The policy, zone and instant, from the customer's tab (contextChanged is not emitted).
    void setContext(const InvestigationContext& context);
    const InvestigationContext& context() const { return m_context; }

    // The item, among its title's purchases (all a duplicate depends on), from the orders alone.
    void showItem(QList<PurchaseOrder> titleOrders, qint64 itemId, const QString& currency);
    // The current entitlement of a supplier ref, as the detail pane fetched it: used where it is
    // the shown item's title (and, for the item's own facts, only if its Id is the item's).
    void setEntitlement(const Entitlement& entitlement);
    // The platform has no entitlement for the supplier ref (404): the card says so, and goes on
    // from the orders alone.
    void setNoEntitlement(const QString& supplierRef);
    void clear();

    // What the card shows (tests): the investigation, and its parts.
    const std::optional<ItemInvestigation>& investigation() const { return m_result; }
    QString verdictText() const;
    QString stateText() const;
    QString sourceText() const;
    QString lastDecisionText() const;
    QString playedText() const;
    AsOfEdit* asOfEdit() const { return m_asOf; }
    TimelineWidget* timeline() const { return m_timeline; }
    QPushButton* recordButton() const { return m_record; }
    // Opens the decision dialog (as the button does); it records when accepted.
    void openDecision();

signals:
    // The agent set "as of" (or went back to now): the rest of the tab follows.
    void contextChanged(const ff::InvestigationContext& context);
    void decisionRecorded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute();
    void render();
    void showLastDecision();
    void record(AuditDecision decision);
    void colourVerdict();

    CardSubject m_subject;
    InvestigationContext m_context;
    QList<PurchaseOrder> m_orders;
    qint64 m_itemId = 0;
    QString m_supplierRef;
    QString m_currency;
    std::optional<Entitlement> m_entitlement;
    bool m_noEntitlement = false; // the platform answered 404 for m_supplierRef
    std::shared_ptr<DecisionIndex> m_decisions;
    std::optional<ItemInvestigation> m_result; // points into m_orders and m_entitlement

    QLabel* m_title;
    QLabel* m_verdict;
    QLabel* m_state;
    QLabel* m_source;
    AsOfEdit* m_asOf;
    QLabel* m_basis;
    QLabel* m_played;
    QLabel* m_sentences;
    SignalColumns* m_columns;
    QLabel* m_conflicts;
    QLabel* m_unknowns;
    TimelineWidget* m_timeline;
    QLabel* m_lastDecision;
    QPushButton* m_record;
    QTimer* m_tick;
};

} // namespace ff::ui
