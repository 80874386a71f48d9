// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"

#include <QTreeView>

namespace ff {
class OrderFilterProxyModel;
class PurchaseOrderModel;
} // namespace ff

namespace ff::ui {

// A customer's orders as a tree (order → items), through the filter (the proxy, which it puts
// over the model), newest first: which order or item is
// selected, selecting one by id, and the columns' layout (fitted to the first load, then kept
// across sessions).
class OrdersTree final : public QTreeView
{
    Q_OBJECT

public:
    OrdersTree(PurchaseOrderModel* model, OrderFilterProxyModel* proxy, QWidget* parent = nullptr);

    // The selected order, or the order of the selected item.
    const PurchaseOrder* selectedOrder() const;
    const PurchaseOrderItem* selectedItem() const;
    void selectOrder(qint64 orderId);
    void selectItem(qint64 itemId);
    // Fits the columns to what they hold, within reason; once, and only if no saved layout was
    // restored.
    void fitColumnsOnce();
    // Opens every order when the tree shows few (after a load, a filter, a sort), so that an
    // item is one click away: "which film, and is a refund due" without expanding first.
    void expandIfFew();

    void saveLayout() const;
    void restoreLayout();

private:
    void select(const QModelIndex& source);

    PurchaseOrderModel* m_model;
    OrderFilterProxyModel* m_proxy;
    bool m_layoutSettled = false;
};

} // namespace ff::ui
