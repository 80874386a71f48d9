// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QKeySequence;

namespace ff::ui {

// Every action on the customer in front of the agent, in one registry: the tab's buttons
// (ActionButton), the menus and the shortcuts all use these, and their state is set in one
// place (update), so a button, a menu entry and a key can never disagree.
class CustomerActions final : public QObject
{
    Q_OBJECT

public:
    // What the tab in front of the agent allows.
    struct State
    {
        bool anyTab = false;
        bool customerTab = false; // the current tab is a customer's (not account purchases)
        bool loading = false; // the customer's orders are loading
        bool writable = false; // the profile is not read-only
        bool orderSelected = false;
        bool itemSelected = false;
        bool customerIdKnown = false;
        bool ordersShown = false; // the customer's orders have loaded (some may be none)
    };

    explicit CustomerActions(QObject* parent = nullptr);

    QAction* refresh() const { return m_refresh; }
    QAction* filter() const { return m_filter; }
    QAction* addItem() const { return m_addItem; }
    QAction* acknowledgeLicence() const { return m_ackLicence; }
    QAction* accountPurchases() const { return m_accountPurchases; }
    QAction* copyCustomerId() const { return m_copyCustomerId; }
    // Shows only the refund candidates of the customer in front, or everything again.
    QAction* refundCandidates() const { return m_refundCandidates; }
    // A case report (PDF, CSV, ticket text) of the selected item, its order or the customer.
    QAction* caseReport() const { return m_caseReport; }

    // The one place where what can be done is decided: enabled, visible and the tooltip that
    // says why not.
    void update(const State& state);

private:
    QAction* make(const QString& text, const QString& buttonText, const QKeySequence& keys, const char* name);

    QAction* m_refresh;
    QAction* m_filter;
    QAction* m_addItem;
    QAction* m_ackLicence;
    QAction* m_accountPurchases;
    QAction* m_copyCustomerId;
    QAction* m_refundCandidates;
    QAction* m_caseReport;
};

} // namespace ff::ui
