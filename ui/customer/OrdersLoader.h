// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace ff {
class ApiCall;
class PurchaseOrderModel;
} // namespace ff

namespace ff::ui {

class BusyBar;
class ConnectionSession;
class OrdersTree;

// Loads one customer's orders into the model: the fetch (with progress, and Cancel, on the busy
// bar), a reload that keeps the selected order or item selected, and, on the first load, the
// newest order selected. The rows reach the model in batches prepared on a worker thread, so
// that 100 000 items never freeze the window; shown() ends a load once all are in.
class OrdersLoader final : public QObject
{
    Q_OBJECT

public:
    OrdersLoader(ConnectionSession* session, qint64 affiliateId, QString username, PurchaseOrderModel* model,
        OrdersTree* tree, BusyBar* busy, QObject* parent);

    void load();
    // Loads again and selects again what was selected.
    void reload();
    bool isLoading() const;
    bool hasLoadedOnce() const { return m_loadedOnce; }

signals:
    void started();
    // There is no connection to load with yet.
    void notConnected();
    // The load failed (or was cancelled, error.kind Cancelled); what was on screen stays.
    void failed(const ff::ApiError& error);
    // Every row is in the model; the selection is made next (the view is to be shown first).
    void arrived();
    // Every row is in the model and the selection is made again. sameSelection: nothing was
    // selected anew, but what is selected may now hold other data.
    void shown(bool sameSelection);

private:
    void onOrdersLoaded();

    ConnectionSession* m_session;
    qint64 m_affiliateId;
    QString m_username;
    PurchaseOrderModel* m_model;
    OrdersTree* m_tree;
    BusyBar* m_busy;
    QPointer<ApiCall> m_call;
    bool m_loadedOnce = false;
    std::optional<qint64> m_reselectOrder;
    std::optional<qint64> m_reselectItem;
};

} // namespace ff::ui
