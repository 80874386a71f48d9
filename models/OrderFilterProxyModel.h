// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DayRange.h"
#include "models/FilterTerms.h"
#include "models/SortComparator.h"
#include "models/SortKey.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QStringList>
#include <optional>
#include <vector>

namespace ff {

class PurchaseOrderModel;

// Filters and sorts a PurchaseOrderModel for the orders view.
//
// An order is shown when it passes the status and date filters and, if there is filter text,
// when it or any of its items matches the text (each row on its own: all the words in one
// row); a shown order shows all its items, so a match on one item shows it among the rest of
// its order. Sorting orders the orders, and the items within each order, by a column's typed
// values (absent first; text by the locale's collation); rows that tie are ordered by id
// (ascending in either direction: an order's items by item id, orders by order id), then as
// the source has them, so that the same rows always show in the same order.
//
// Built for 100 000 items rather than on QSortFilterProxyModel, which removes and inserts a
// filtered-out run of rows at a time, each costing a pass over all rows and a signal: a
// keystroke that hides rows here and there took seconds. Here the orders are kept in sort
// order once per sort (PurchaseOrderModel's precomputed keys); a change of filter decides each
// order again (typing more letters looks only at the orders shown) and shows the sorted orders
// that pass, as one layout change that carries persistent indexes (selection, expanded
// branches) along. Items are sorted per order when first shown.
class OrderFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(QObject* parent = nullptr);
    ~OrderFilterProxyModel() override;

    // The source should be a PurchaseOrderModel; with another two-level model the roles
    // (SortRole, FilterTextRole, StatusCodeRole, CreatedRole) are read instead, more slowly,
    // and dates are taken in the system time zone.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString filterText() const { return m_filterText; }
    QStringList statusCodes() const { return m_statusCodes; }
    std::optional<QDate> createdFrom() const { return m_createdFrom; }
    std::optional<QDate> createdTo() const { return m_createdTo; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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
    // Case-insensitive; words separated by spaces must all match.
    void setFilterText(const QString& text);
    // Orders with one of these status codes (compared ignoring case); empty: all of them.
    void setStatusCodes(const QStringList& codes);
    // Orders created on these days, both included, in the display format's time zone; an open
    // end is unbounded. An order without a date is outside any bounded range.
    void setCreatedRange(std::optional<QDate> from, std::optional<QDate> to);

private:
    // Items of one order in sort order: proxy row -> source row, and back.
    struct ItemOrder
    {
        std::vector<int> sourceRows;
        std::vector<int> proxyRows;
    };

    bool computeOrderShown(int orderRow) const;
    // A source that is not a PurchaseOrderModel: by SortRole values.
    int compareOrderRows(int a, int b, int column) const;
    int compareItemRows(int orderRow, int a, int b, int column) const;
    // Whether a comes before b in the sort: by the sort column in its direction, ties by id
    // (ascending either way), then by source row.
    bool orderBefore(int a, int b) const;
    bool itemBefore(int orderRow, int a, int b) const;
    bool keyedBefore(const std::vector<SortKey>& keys, const std::vector<SortKey>& ids, int a, int b) const;
    // The sort column's and the id's keys of the orders from this source row on.
    void makeOrderKeys(int first);
    const ItemOrder* itemOrderOf(int orderRow) const;
    int sourceItemRow(int orderRow, int proxyRow) const;
    int proxyItemRow(int orderRow, int sourceRow) const;

    // Decides every order again (or only those shown, when the filter narrows), and shows the
    // result when it differs.
    void refilter(bool narrowing);
    void sortAll();
    void mergeNewOrders(int first);
    void rebuildShown();
    // A layout change: persistent indexes are kept as source indexes meanwhile.
    void beginRelayout();
    void endRelayout();
    void rebuildAll();
    bool applyDisplayFormat();

    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsAboutToChange(const QModelIndex& parent);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent);
    void sourceLayoutAboutToChange();
    void sourceLayoutChanged(const QList<QPersistentModelIndex>& parents);
    void sourceDataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceDisplayFormatChanged();

    QPointer<PurchaseOrderModel> m_orders; // the source, when it is one
    QList<QMetaObject::Connection> m_connections;

    QString m_filterText;
    FilterTerms m_terms;
    QStringList m_statusCodes;
    std::optional<QDate> m_createdFrom;
    std::optional<QDate> m_createdTo;
    DayRange m_dayRange;
    QLocale m_locale;
    SortComparator m_comparator;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_sorted; // every source order row, in sort order
    // From a PurchaseOrderModel, per source order row: its key in the sort column, its id's.
    std::vector<SortKey> m_orderKeys;
    std::vector<SortKey> m_orderIds;
    quint64 m_orderKeysGeneration = 0; // PurchaseOrderModel::sortKeysGeneration() they were made at
    std::vector<char> m_shownOrder; // per source order row: passes the filters
    std::vector<int> m_shown; // proxy row -> source order row
    std::vector<int> m_proxyRowOf; // source order row -> proxy row, -1 when hidden
    mutable QHash<int, ItemOrder> m_itemOrders; // by source order row, made when first needed

    int m_relayoutDepth = 0;
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;
};

} // namespace ff
