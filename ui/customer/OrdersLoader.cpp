// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/OrdersLoader.h"

#include "api/client/ApiClient.h"
#include "models/PurchaseOrderModel.h"
#include "ui/customer/OrdersTree.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/BusyBar.h"

#include <QApplication>

namespace ff::ui {

OrdersLoader::OrdersLoader(ConnectionSession* session, qint64 affiliateId, QString username,
    PurchaseOrderModel* model, OrdersTree* tree, BusyBar* busy, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_affiliateId(affiliateId)
    , m_username(std::move(username))
    , m_model(model)
    , m_tree(tree)
    , m_busy(busy)
{
    connect(m_busy, &BusyBar::cancelRequested, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    connect(m_model, &PurchaseOrderModel::ordersLoaded, this, &OrdersLoader::onOrdersLoaded);
}

bool OrdersLoader::isLoading() const
{
    return m_call != nullptr || m_model->isLoading();
}

void OrdersLoader::reload()
{
    if (const PurchaseOrderItem* item = m_tree->selectedItem())
        m_reselectItem = item->id;
    else if (const PurchaseOrder* order = m_tree->selectedOrder())
        m_reselectOrder = order->id;
    load();
}

void OrdersLoader::load()
{
    if (m_call)
        m_call->cancel();
    ApiClient* client = m_session->client();
    if (!client) {
        emit notConnected();
        return;
    }
    m_busy->start(tr("Loading the orders of %1…").arg(m_username));
    m_call = client->purchaseOrders(
        m_affiliateId, m_username, this, [this](Result<QList<PurchaseOrder>, ApiError> result) {
            m_call = nullptr;
            if (result) {
                m_model->loadOrders(*result); // onOrdersLoaded() once every batch is in
                return;
            }
            m_busy->stop();
            emit failed(result.error());
        });
    connect(m_call, &ApiCall::progress, m_busy, &BusyBar::setProgress);
    emit started();
}

void OrdersLoader::onOrdersLoaded()
{
    m_busy->stop();
    m_loadedOnce = true;
    emit arrived();
    const bool reselect = m_reselectItem || m_reselectOrder;
    const bool firstLoad = !m_tree->currentIndex().isValid() && !reselect;
    if (m_reselectItem)
        m_tree->selectItem(*std::exchange(m_reselectItem, std::nullopt));
    else if (m_reselectOrder)
        m_tree->selectOrder(*std::exchange(m_reselectOrder, std::nullopt));
    const bool selectNewest = firstLoad && m_model->orderCount() > 0;
    if (selectNewest) {
        // The agent has just asked for this customer: the newest order is where they start.
        m_tree->setCurrentIndex(m_tree->model()->index(0, 0));
        // Keyboard focus follows from the search field the agent pressed Enter in.
        const QWidget* focused = QApplication::focusWidget();
        if (!focused || focused->objectName() == QLatin1String("customer"))
            m_tree->setFocus();
    }
    emit shown(!reselect && !selectNewest);
}

} // namespace ff::ui
