// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/OrderFilter.h"
#include "models/OrderSorter.h"
#include "models/ShownOrders.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace ff {

class PurchaseOrderModel;

// Filters and sorts a PurchaseOrderModel for the orders view, combining an OrderFilter (which
// orders show) with an OrderSorter (in which order): a shown order shows all its items, so a
// match on one item shows it among the rest of its order.
//
// Built for 100 000 items rather than on QSortFilterProxyModel, which removes and inserts a
// filtered-out run of rows at a time, each costing a pass over all rows and a signal: a
// keystroke that hides rows here and there took seconds. Here the orders are kept in sort
// order once per sort (from the keys the model prepared); a change of filter decides each order
// again (typing more letters looks only at the orders shown) and shows the sorted orders that
// pass, as one layout change that carries persistent indexes (selection, expanded branches)
// along.
class OrderFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(QObject* parent = nullptr);
    ~OrderFilterProxyModel() override;

    // A PurchaseOrderModel, or none: any other model is refused (with a warning), since the
    // filter and the sort read what a PurchaseOrderModel prepared.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    const OrderFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sorter.column(); }
    Qt::SortOrder sortOrder() const { return m_sorter.order(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    // Column -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Shows the orders this filter passes (its time zone is replaced by the source's).
    void setFilter(OrderFilter filter);
    // The parts of the filter one at a time, as the filter bar sets them (see OrderFilter).
    void setFilterText(const QString& text);
    void setStatusCodes(const QStringList& codes);
    void setCreatedRange(std::optional<QDate> from, std::optional<QDate> to);
    // Only the refund candidates, and the orders that hold them.
    void setCandidatesOnly(bool on);

private:
    // The filter as it is, changed by `change`.
    void changeFilter(const std::function<void(OrderFilter&)>& change);
    bool isShown(int orderRow) const;
    // Decides every order again (or only those shown, when the filter narrows), and shows the
    // result when it differs.
    void refilter(bool narrowing);
    void rebuildShown();
    void rebuildAll();
    // A layout change: persistent indexes are kept as source indexes meanwhile.
    void beginRelayout();
    void endRelayout();

    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsAboutToChange();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent);
    void sourceLayoutChanged(const QList<QPersistentModelIndex>& parents);
    void sourceDataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceDisplayFormatChanged();
    void sourceInvestigated();

    QPointer<PurchaseOrderModel> m_orders;
    QList<QMetaObject::Connection> m_connections;

    OrderFilter m_filter;
    OrderSorter m_sorter;
    QLocale m_locale; // the source's, which its text keys collate by

    ShownOrders m_shown;

    int m_relayoutDepth = 0;
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;
};

} // namespace ff
