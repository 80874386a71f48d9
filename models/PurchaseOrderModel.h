// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"
#include "models/DtoMetaTypes.h"
#include "models/InvestigationContext.h"
#include "models/OrderIdIndex.h"
#include "models/OrderInvestigator.h"
#include "models/OrderNode.h"
#include "models/OrderSortKeys.h"
#include "models/PreparedOrders.h"
#include "models/SortKey.h"

#include <QAbstractItemModel>
#include <QList>
#include <QTimer>
#include <vector>

namespace ff {

struct OrderItemDiff;

// A customer's purchase orders as a tree: the orders at the top level, each order's items under
// it. Deleted items show grey and struck through, refunded orders in italics with their status.
//
// Built for customers with 100 000 items, in parts: what each column shows and sorts by is one
// table (OrderColumns); what filtering and sorting need (a lower-case haystack per row, ranked
// collation numbers of the texts, exact keys of the money) is worked out once, off the GUI
// thread and on every core (PreparedOrders), never per keystroke or per comparison; a sort
// compares SortKeys (OrderSortKeys), the filter searches the haystacks (OrderFilter). This class
// keeps the rows, finds orders and items by id (OrderIdIndex), hands loaded rows over in
// batches so that the GUI thread never stops for long, and takes in a changed order
// (replaceOrder, its items' changes worked out by OrderItemDiff). Display text is made only for
// the cells a view asks for.
//
// The refund columns (State, Verdict, Signals) are worked out on a worker too, from the orders
// alone, with the investigation context's policy at its instant: once loadOrders() has every row in, when
// the context changes, when an order is replaced, and, with no "as of" instant, when time alone
// changes an item (OrderInvestigator's timer); only the rows that then read differently are
// announced (when hundreds of orders do, as one change of every order's row, which a view
// repaints whole), and investigated() says new results are in.
//
// Internal ids: 0 for an order row, the order's row + 1 for an item row. Orders are only ever
// appended or replaced in place, never moved, so an order's row is stable until the next reset.
class PurchaseOrderModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Each column is defined in OrderColumns.cpp, in this order.
    enum Column {
        OrderOrItem,
        Created,
        Status,
        OfferType,
        Title,
        SupplierRef,
        UnitPrice,
        RentalTime,
        ViewTime,
        FirstPlay,
        LicenceAcknowledged,
        PaymentProvider,
        TransactionId,
        RefundTransactionId,
        // The refund investigation's (OrderInvestigation), at the context's instant.
        State,
        Verdict,
        Signals,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // A typed value (qint64, QString, Decimal, DateTimeOffset, bool) or, when absent, an
        // invalid QVariant: see SortComparator.
        SortRole = Qt::UserRole + 1,
        KindRole, // RowKind
        OrderRole, // PurchaseOrder: the row's order (an item row's own order)
        ItemRole, // PurchaseOrderItem, item rows only
        OrderIdRole, // qint64: the row's order id
        ItemIdRole, // qint64, item rows only
        StatusCodeRole, // QString: the order's status code (an item row's order's)
        CreatedRole, // DateTimeOffset: the order's CreateDate, an item's CreatedDate
        FilterTextRole, // QString: the row's lower-case haystack (OrderSearchText)
    };
    Q_ENUM(Role)

    enum class RowKind { Order, Item };
    Q_ENUM(RowKind)

    explicit PurchaseOrderModel(QObject* parent = nullptr);
    ~PurchaseOrderModel() override;

    // Replaces everything with prepared rows: the first batch at once (a model reset), the rest
    // appended batch by batch from the event loop, each batch kept to a few milliseconds so the
    // GUI thread stays responsive; ordersLoaded() once the last is in.
    void setPreparedOrders(PreparedOrders prepared);
    // PreparedOrders::prepare() on a worker thread, then setPreparedOrders(): what is shown stays
    // until the new rows are ready. A later load or clear() cancels one still under way.
    void loadOrders(QList<PurchaseOrder> orders);
    // From loadOrders() or setPreparedOrders() until ordersLoaded().
    bool isLoading() const { return m_loading; }
    void clear();
    // Takes in a new version of an order already here, matched by Id (what adding an item
    // returns). The order's row is updated in place; items are matched by Id: new ones are
    // inserted, changed ones updated, vanished ones removed, so the persistent indexes of the
    // others (a selection, an expanded branch) stay valid. False when no order has that id.
    bool replaceOrder(const PurchaseOrder& order);

    QModelIndex indexOfOrder(qint64 orderId) const;
    QModelIndex indexOfItem(qint64 itemId) const;
    // The order of an order row, or of an item row's order; null for any other index.
    const PurchaseOrder* orderAt(const QModelIndex& index) const;
    // The item of an item row; null for an order row.
    const PurchaseOrderItem* itemAt(const QModelIndex& index) const;
    int orderCount() const { return int(m_orders.size()); }
    int itemCount() const { return m_ids.itemCount(); }
    // The statuses the orders have, each code once, in order of first appearance: the choices
    // for a status filter.
    QList<PurchaseOrderStatus> statuses() const { return OrderNode::statusesOf(m_orders); }

    // The currency the items are priced in: order items carry none on the wire, so the window
    // sets the one of the profile's affiliate. Empty: amounts are shown without one.
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }

    // The policy, the affiliate's zone and the instant the refund columns are worked out with.
    // Setting one works them out again on a worker (investigated() once the results are in).
    void setInvestigationContext(const InvestigationContext& context)
    {
        m_investigator->setContext(context);
        m_investigates = true;
        investigate();
    }
    const InvestigationContext& investigationContext() const { return m_investigator->context(); }
    // The instant the results shown were worked out at; none before the first are in.
    const std::optional<DateTimeOffset>& investigationInstant() const { return m_investigatedAt; }
    // Whether a run is under way, or due once loading ends.
    bool isInvestigating() const { return m_investigationDue || m_investigator->isRunning(); }
    // The investigation of an item row; null for an order row, or when not worked out (yet).
    const InvestigatedItem* investigatedAt(const QModelIndex& index) const
    {
        const OrderNode* node = nodeOf(index);
        return node && index.internalId() != 0 ? node->investigatedAt(index.row()) : nullptr;
    }
    // The refund candidates among every item, and for how many of them each signal argues.
    OrderInvestigation::Summary candidateSummary() const { return OrderInvestigation::summarise(m_orders); }

    // What OrderFilterProxyModel filters and sorts by, as loading prepared it.
    // The order at a row (0 <= row < orderCount()), for OrderFilter::matches.
    const OrderNode& orderNode(int row) const { return m_orders[size_t(row)]; }
    // An order's, or an item's, value in a column as a SortKey (see OrderSortKeys).
    SortKey orderSortKey(int row, int column) const { return m_sortKeys.keyOf(orderNode(row), 0, column); }
    SortKey itemSortKey(int orderRow, int itemRow, int column) const
    {
        return m_sortKeys.keyOf(orderNode(orderRow), 1 + itemRow, column);
    }
    // Before a sort of every order; see OrderSortKeys::prepare.
    void prepareSortKeys() const { m_sortKeys.prepare(m_orders); }
    // Changes when keys given before may have changed: those are to be asked for again.
    quint64 sortKeysGeneration() const { return m_sortKeys.generation(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& = {}) const override { return ColumnCount; }
    bool hasChildren(const QModelIndex& parent = {}) const override { return rowCount(parent) > 0; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The display format changed: a filter by dates in the agent's zone must look again.
    void displayFormatChanged();
    // The last batch of a loadOrders() or setPreparedOrders() is in.
    void ordersLoaded();
    // New refund results are in; the rows that read differently were announced (display roles
    // only: whoever filters or sorts by them looks again now).
    void investigated();

private:
    void cancelLoading();
    // Everything shown goes, as one reset, and the next count pending rows come in its place.
    void resetRows(size_t count);
    void appendPendingBatch();
    // The next count pending rows, added at the end (within a reset or an insertion).
    void installPending(size_t count);
    void applyItemDiff(int row, const OrderItemDiff& diff, const QList<PurchaseOrderItem>& after);
    void moveItems(int row, const std::vector<int>& movedTo);
    void emitAllChanged(int firstColumn, int lastColumn, const QList<int>& roles);

    const OrderNode* nodeOf(const QModelIndex& index) const;
    // Investigates every order again on a worker, or once loading ends.
    void investigate();
    void adoptInvestigation(OrderInvestigation::Result& result, size_t first, size_t last);

    std::vector<OrderNode> m_orders;
    OrderIdIndex m_ids;
    OrderSortKeys m_sortKeys;
    QString m_currency;
    DisplayFormat m_format;

    // Loading: rows prepared and not yet handed to the view, the next batch's size, and the
    // number of the load under way, so that a worker's late answer to an older one is dropped.
    std::vector<OrderNode> m_pending;
    size_t m_pendingNext = 0;
    int m_batchOrders = 0;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    QTimer m_batchTimer;

    // The refund columns: whether this model works them out (once loadOrders() or a context
    // asked for them), whether a run is due once loading ends, and the instant of those shown.
    OrderInvestigator* m_investigator;
    bool m_investigates = false;
    bool m_investigationDue = false;
    std::optional<DateTimeOffset> m_investigatedAt;
};

} // namespace ff
