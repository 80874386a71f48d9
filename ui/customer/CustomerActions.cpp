// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/CustomerActions.h"

#include <QAction>
#include <QKeySequence>

namespace ff::ui {

CustomerActions::CustomerActions(QObject* parent)
    : QObject(parent)
    , m_refresh(make(tr("&Refresh"), tr("Refresh"), QKeySequence(Qt::Key_F5), "refreshAction"))
    , m_filter(make(tr("&Filter orders"), QString(), QKeySequence(tr("Ctrl+F")), "filterAction"))
    , m_addItem(
          make(tr("&Add item to order…"), tr("Add item…"), QKeySequence(tr("Ctrl+Shift+I")), "addItemAction"))
    , m_ackLicence(make(tr("Acknowledge &licence…"), tr("Acknowledge licence…"),
          QKeySequence(tr("Ctrl+Shift+K")), "ackLicenceAction"))
    , m_accountPurchases(make(tr("&Account purchases…"), tr("Account purchases…"),
          QKeySequence(tr("Ctrl+Shift+P")), "accountPurchasesAction"))
    , m_copyCustomerId(
          make(tr("&Copy customer id"), tr("Copy customer id"), QKeySequence(), "copyCustomerIdAction"))
    , m_refundCandidates(make(tr("Show only refund ca&ndidates"), tr("Refund candidates"),
          QKeySequence(tr("Ctrl+Shift+R")), "refundCandidatesAction"))
    , m_caseReport(
          make(tr("Case r&eport…"), tr("Case report…"), QKeySequence(tr("Ctrl+P")), "caseReportAction"))
{
    update(State {});
}

QAction* CustomerActions::make(
    const QString& text, const QString& buttonText, const QKeySequence& keys, const char* name)
{
    auto* action = new QAction(text, this);
    if (!buttonText.isEmpty())
        action->setIconText(buttonText); // what the tab's button says, shorter than the menu entry
    action->setShortcut(keys);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

void CustomerActions::update(const State& state)
{
    const bool customer = state.customerTab;
    m_refresh->setEnabled(state.anyTab && !(customer && state.loading));
    m_refresh->setToolTip(tr("Load this customer's orders again (F5)"));
    m_filter->setEnabled(customer);
    m_refundCandidates->setEnabled(customer);
    m_refundCandidates->setToolTip(
        tr("Show only the items whose refund is due or needs review, or everything again (Ctrl+Shift+R)"));

    m_caseReport->setEnabled(customer && !state.loading && state.ordersShown);
    m_caseReport->setToolTip(customer && !state.loading && !state.ordersShown
            ? tr("Available once the customer's orders have loaded")
            : tr("A PDF, a CSV and ticket text of the evidence for a refund decision (Ctrl+P)"));

    m_addItem->setVisible(state.writable);
    m_ackLicence->setVisible(state.writable);
    m_addItem->setEnabled(state.writable && customer && state.orderSelected);
    m_addItem->setToolTip(
        state.orderSelected ? tr("Add an item to the selected order") : tr("Select an order first"));
    m_ackLicence->setEnabled(state.writable && customer && state.itemSelected);
    m_ackLicence->setToolTip(
        state.itemSelected ? tr("Acknowledge the licence of the selected item") : tr("Select an item first"));

    // From a customer's tab, their own account (known once their orders are in); from anywhere
    // else, an account id the agent types.
    m_accountPurchases->setEnabled(!customer || state.customerIdKnown);
    m_accountPurchases->setToolTip(customer
            ? (state.customerIdKnown ? tr("The credit purchases of this customer's account (Ctrl+Shift+P)")
                                     : tr("Available once the customer's orders have loaded"))
            : tr("The credit purchases of an account (Ctrl+Shift+P)"));
    m_copyCustomerId->setEnabled(customer && state.customerIdKnown);
    m_copyCustomerId->setToolTip(tr("Copy the customer's id to the clipboard"));
}

} // namespace ff::ui
