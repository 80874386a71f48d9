// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"
#include "models/InvestigationContext.h"

#include <QStringList>
#include <QUuid>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ff {
struct ApiError;
struct CaseReportRequest;
class AuditLog;
class OrderFilterProxyModel;
class PurchaseOrderModel;
} // namespace ff

namespace ff::ui {

class BusyBar;
class ConnectionSession;
class CustomerActions;
class PendingWrites;
class CustomerHeader;
class DetailsPane;
class EntitlementPane;
class ErrorPresenter;
class MessageBar;
class OrderFilterBar;
class OrdersLoader;
class OrdersTree;
class WriteDialog;

// One customer, opened from the search bar: their orders as a tree (order → items) with a
// filter, every field of the selected order or item, and the selected item's entitlement.
// Errors show in this tab's message bar, with the recovery that fits; the rest of the window
// carries on. The parts: the header (CustomerHeader, with the window's CustomerActions as its
// buttons), the filters (OrderFilterBar), the tree (OrdersTree) and its loading (OrdersLoader).
class CustomerTab final : public QWidget
{
    Q_OBJECT

public:
    CustomerTab(ConnectionSession* session, const AuditLog& audit, const CustomerActions& actions,
        qint64 affiliateId, const QString& username, QWidget* parent = nullptr,
        PendingWrites* pendingWrites = nullptr);
    ~CustomerTab() override;

    qint64 affiliateId() const { return m_affiliateId; }
    QString username() const { return m_username; }
    QString title() const;
    QString customerLabel() const;
    std::optional<QUuid> customerId() const;
    bool isLoading() const;

    void refresh();
    void focusFilter();
    void openAddItem();
    void openAcknowledgeLicence();
    void openAccountPurchases();
    void copyCustomerId();
    // Shows only the refund candidates, or everything again (the switch in the filter bar).
    void toggleRefundCandidates();
    // The case report dialog over the orders as shown, the selection and the investigation context.
    void openCaseReport();
    // When the orders shown were fetched; none before they first arrive.
    std::optional<DateTimeOffset> ordersFetchedAt() const { return m_ordersFetchedAt; }
    // The policy, zone and instant the refund columns and the header are worked out with
    // (worked out again on a worker). By default the profile's, for the affiliate, at now.
    void setInvestigationContext(const InvestigationContext& context);
    const InvestigationContext& investigationContext() const;

    // For tests and the window's actions.
    PurchaseOrderModel* model() const { return m_model; }
    OrderFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const;
    MessageBar* messages() const { return m_messages; }
    DetailsPane* details() const { return m_details; }
    EntitlementPane* entitlement() const { return m_entitlement; }
    QLineEdit* filterEdit() const;
    const PurchaseOrder* selectedOrder() const;
    const PurchaseOrderItem* selectedItem() const;

signals:
    void titleChanged(const QString& title);
    void loadStarted();
    void loaded(); // the orders arrived and are shown
    void loadFinished(); // a load ended, whichever way
    void selectionChanged(); // another order or item is selected, or none: what can be done changed
    void accountPurchasesRequested(const QUuid& customerId, const QString& customerLabel);
    void statusMessage(const QString& message);

private:
    void showArrivedOrders();
    void showLoadFailure(const ApiError& error);
    void onSelectionChanged();
    // An order the server changed, as it now is: it replaces ours, and itemId (if any) is selected.
    void showChangedOrder(const PurchaseOrder& order, qint64 itemId);
    void openWrite(WriteDialog* dialog);
    QString currency() const;
    void showCandidates();
    void useShownEntitlement(CaseReportRequest& request, const QString& supplierRef) const;

    ConnectionSession* m_session;
    const AuditLog& m_audit;
    PendingWrites* m_pendingWrites; // the window's: writes not yet seen block the same write
    qint64 m_affiliateId;
    QString m_username;
    DisplayFormat m_format;
    QStringList m_contextWarnings; // what in the profile's policy or zone could not be used
    std::optional<DateTimeOffset> m_ordersFetchedAt;

    PurchaseOrderModel* m_model;
    OrderFilterProxyModel* m_proxy;
    MessageBar* m_messages;
    ErrorPresenter* m_errors;
    BusyBar* m_busy;
    CustomerHeader* m_header;
    OrderFilterBar* m_filters;
    QLabel* m_empty;
    QSplitter* m_splitter;
    OrdersTree* m_tree;
    QTabWidget* m_detailTabs;
    DetailsPane* m_details;
    EntitlementPane* m_entitlement;
    OrdersLoader* m_loader;
};

} // namespace ff::ui
