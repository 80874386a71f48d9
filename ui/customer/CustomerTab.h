// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "api/core/Result.h"
#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace ff {
class ApiCall;
class AuditLog;
class OrderFilterProxyModel;
class PurchaseOrderModel;
} // namespace ff

namespace ff::ui {

class BusyBar;
class ConnectionSession;
class DetailsPane;
class EntitlementPane;
class MessageBar;
class OptionalDateEdit;

// One customer, opened from the search bar: their orders as a tree (order → items) with a
// filter, every field of the selected order or item, and the selected item's entitlement.
// Errors show in this tab's message bar, with Retry; the rest of the window carries on.
class CustomerTab final : public QWidget
{
    Q_OBJECT

public:
    CustomerTab(ConnectionSession* session, const AuditLog& audit, qint64 affiliateId,
        const QString& username, QWidget* parent = nullptr);
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

    // For tests and the window's actions.
    PurchaseOrderModel* model() const { return m_model; }
    OrderFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    MessageBar* messages() const { return m_messages; }
    DetailsPane* details() const { return m_details; }
    EntitlementPane* entitlement() const { return m_entitlement; }
    QLineEdit* filterEdit() const { return m_filter; }
    const PurchaseOrder* selectedOrder() const;
    const PurchaseOrderItem* selectedItem() const;

signals:
    void titleChanged(const QString& title);
    void loaded(); // the orders arrived and are shown
    void loadFinished(); // a load ended, whichever way
    void selectionChanged(); // another order or item is selected, or none: what can be done changed
    void accountPurchasesRequested(const QUuid& customerId, const QString& customerLabel);
    void statusMessage(const QString& message);
    // The server's certificate was not trusted; the agent asked to review it.
    void certificateReviewRequested(const QStringList& details, const QStringList& fingerprints);

private:
    using Reloaded = std::function<void(const Result<QList<PurchaseOrder>, ApiError>&)>;
    // Loads the orders; then, if given, is called with the result once it is on screen.
    void load(Reloaded then = {});
    // Once the model holds every row of a load: the summary, the filters' choices, the columns
    // and the selection; then loaded() and loadFinished().
    void showOrders();
    void onSelectionChanged();
    void updateActions();
    void updateStatusFilter();
    void applyDateFilter();
    void selectItem(qint64 itemId);
    void selectOrder(qint64 orderId);
    void saveLayout() const;
    void restoreLayout();
    QString currency() const;

    ConnectionSession* m_session;
    const AuditLog& m_audit;
    qint64 m_affiliateId;
    QString m_username;
    DisplayFormat m_format;
    QPointer<ApiCall> m_call;
    bool m_loadedOnce = false;
    bool m_layoutRestored = false;
    bool m_reloadWhenSignedIn = false;
    ApiError m_lastError;
    std::optional<qint64> m_reselectOrder;
    std::optional<qint64> m_reselectItem;

    PurchaseOrderModel* m_model;
    OrderFilterProxyModel* m_proxy;
    MessageBar* m_messages;
    BusyBar* m_busy;
    QLabel* m_heading;
    QLabel* m_summary;
    QPushButton* m_copyCustomerId;
    QPushButton* m_refresh;
    QPushButton* m_accountPurchases;
    QPushButton* m_addItem;
    QPushButton* m_ackLicence;
    QLineEdit* m_filter;
    QComboBox* m_status;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QLabel* m_empty;
    QSplitter* m_splitter;
    QTreeView* m_view;
    QTabWidget* m_detailTabs;
    DetailsPane* m_details;
    EntitlementPane* m_entitlement;
};

} // namespace ff::ui
