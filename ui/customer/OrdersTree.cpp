// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/OrdersTree.h"

#include "api/profile/ProfileStore.h"
#include "models/InvestigationCells.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"

#include <QHeaderView>

namespace ff::ui {

namespace {

const QString HeaderKey = QStringLiteral("customerTab/ordersHeader");

} // namespace

OrdersTree::OrdersTree(PurchaseOrderModel* model, OrderFilterProxyModel* proxy, QWidget* parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("ordersView"));
    setAccessibleName(tr("Purchase orders and their items"));
    // Wired before the sort is set, so that the sort has the model's columns to apply to.
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(PurchaseOrderModel::Created, Qt::DescendingOrder);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionsMovable(true);
    header()->setDefaultSectionSize(120);
    // Fitting a column to its contents measures this many rows, not the default thousand: each
    // is a text layout per column, and with 100 000 items those took a long stop of the window.
    header()->setResizeContentsPrecision(60);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OrdersTree::expandIfFew);
    // What an agent reads first, from the left, so that a narrow tree still shows it: which
    // order or item, its title, and the refund answer (a saved layout may move them).
    const int first = header()->visualIndex(PurchaseOrderModel::OrderOrItem);
    const int readFirst[] = { PurchaseOrderModel::Title, PurchaseOrderModel::Verdict,
        PurchaseOrderModel::State, PurchaseOrderModel::Signals };
    for (int i = 0; i < int(std::size(readFirst)); ++i)
        header()->moveSection(header()->visualIndex(readFirst[i]), first + 1 + i);
}

const PurchaseOrder* OrdersTree::selectedOrder() const
{
    const QModelIndex current = m_proxy->mapToSource(currentIndex());
    if (!current.isValid())
        return nullptr;
    if (const PurchaseOrder* order = m_model->orderAt(current))
        return order;
    return m_model->orderAt(current.parent());
}

const PurchaseOrderItem* OrdersTree::selectedItem() const
{
    const QModelIndex current = m_proxy->mapToSource(currentIndex());
    return current.isValid() ? m_model->itemAt(current) : nullptr;
}

void OrdersTree::selectOrder(qint64 orderId)
{
    select(m_model->indexOfOrder(orderId));
}

void OrdersTree::selectItem(qint64 itemId)
{
    select(m_model->indexOfItem(itemId));
}

void OrdersTree::select(const QModelIndex& source)
{
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        expand(index.parent());
    setCurrentIndex(index);
    scrollTo(index);
}

void OrdersTree::expandIfFew()
{
    // Enough for a customer's usual history or their refund candidates; a large account stays
    // closed, where opening every order would take longer than it helps.
    constexpr int FewOrders = 50;
    if (m_proxy->rowCount() <= FewOrders)
        expandAll();
}

void OrdersTree::fitColumnsOnce()
{
    if (m_layoutSettled)
        return;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        resizeColumnToContents(column);
        setColumnWidth(column, qMin(columnWidth(column) + 8, 320));
    }
    // Item rows are indented and not expanded yet: leave room for their labels.
    const int itemLabel
        = fontMetrics().horizontalAdvance(tr("Item %1").arg(99999999)) + 2 * indentation() + 16;
    setColumnWidth(
        PurchaseOrderModel::OrderOrItem, qMax(columnWidth(PurchaseOrderModel::OrderOrItem), itemLabel));
    // The refund columns are empty on an order's row, which is all that was measured: room for
    // a badge with its time, a verdict and two signals.
    const auto room = [this](int column, const QString& sample) {
        setColumnWidth(column, qMax(columnWidth(column), fontMetrics().horizontalAdvance(sample) + 16));
    };
    InvestigatedItem longest;
    longest.state = ItemState::ExpiredUnused;
    longest.secondsSinceEnd = 86'399; // "23 h 59 min ago"
    room(PurchaseOrderModel::State, InvestigationCells::badge(longest));
    room(PurchaseOrderModel::Verdict, displayName(RefundVerdict::AlreadyRefunded));
    room(PurchaseOrderModel::Signals,
        tr("%1, %2").arg(
            displayName(SignalKind::UnwatchedInCourtesyWindow), displayName(SignalKind::Duplicate)));
    m_layoutSettled = true;
}

void OrdersTree::saveLayout() const
{
    ProfileStore::openSettings()->setValue(HeaderKey, header()->saveState());
}

void OrdersTree::restoreLayout()
{
    m_layoutSettled = header()->restoreState(ProfileStore::openSettings()->value(HeaderKey).toByteArray());
}

} // namespace ff::ui
