// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "models/DisplayFormat.h"
#include "models/DtoMetaTypes.h"
#include "models/PreparedOrders.h"
#include "models/SortKey.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace ff {

class FilterTerms;
class TextSortKeys;

// A customer's purchase orders as a tree: the orders at the top level, each order's items under
// it. Deleted items show grey and struck through, refunded orders in italics with their status.
//
// Built for customers with 100 000 items: what filtering and sorting need (a lower-case UTF-8
// haystack per row, the order's title and total, every sort key: ranked collation keys of the
// texts, exact integer keys of the money) is worked out once, off the GUI thread and on every
// core when loading (prepare, loadOrders), never per keystroke or per comparison; a sort
// compares integer keys (orderSortKey, itemSortKey), never variants, never a collator, never
// decimal arithmetic; orders and items are found by id through hashes; display
// text is made only for the cells a view asks for. loadOrders hands the rows over in batches,
// so that the GUI thread never stops for long.
//
// Internal ids: 0 for an order row, the order's row + 1 for an item row. Orders are only ever
// appended or replaced in place, never moved, so an order's row is stable until the next reset.
class PurchaseOrderModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
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
        FilterTextRole, // QString: lower-case haystack of title, supplier ref, ids, transaction ids
    };
    Q_ENUM(Role)

    enum class RowKind { Order, Item };
    Q_ENUM(RowKind)

    explicit PurchaseOrderModel(QObject* parent = nullptr);
    ~PurchaseOrderModel() override;

    // Works out what the rows need from the DTOs, the text sort keys for this locale's
    // collation included: the slow part of setting orders. Safe on any thread: it touches no
    // model. Splits the work across the global thread pool.
    static PreparedOrders prepare(QList<PurchaseOrder> orders, const QLocale& locale = QLocale());
    // Replaces everything with prepared rows: the first batch at once (a model reset), the rest
    // appended batch by batch from the event loop, each batch kept to a few milliseconds so the
    // GUI thread stays responsive; ordersLoaded() once the last is in.
    void setPreparedOrders(PreparedOrders prepared);
    // prepare() on a worker thread, then setPreparedOrders(): what is shown stays until the new
    // rows are ready. A later load, setOrders() or clear() cancels one still under way.
    void loadOrders(QList<PurchaseOrder> orders);
    // From loadOrders() or setPreparedOrders() until ordersLoaded().
    bool isLoading() const { return m_loading; }

    // Replaces everything at once (a model reset).
    void setOrders(QList<PurchaseOrder> orders);
    // Adds orders at the end, in one insertion: for loading page by page. An order whose id is
    // already here is added all the same (indexOfOrder finds the first).
    void appendOrders(QList<PurchaseOrder> orders);
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
    int orderCount() const;
    int itemCount() const;
    // The statuses the orders have, each code once, in order of first appearance: the choices
    // for a status filter.
    QList<PurchaseOrderStatus> statuses() const;

    // For OrderFilterProxyModel: an order's, or an item's, value in a column as a SortKey,
    // ordered as SortComparator orders their SortRole values (absent first; text by collation
    // rank), from keys prepared when loading: no variant, no collator, no decimal arithmetic.
    SortKey orderSortKey(int row, int column) const;
    SortKey itemSortKey(int orderRow, int itemRow, int column) const;
    // Before a sort of every order: makes again the keys of orders whose items changed since
    // they were prepared, and ranks texts added since (cheap when nothing changed).
    void prepareSortKeys() const;
    // Changes when keys given before may have changed (texts ranked again, another table):
    // keys kept from before are to be asked for again.
    quint64 sortKeysGeneration() const { return m_sortKeysGeneration; }
    // Whether the order or one of its items holds every word (each row on its own).
    bool orderMatches(int orderRow, const FilterTerms& terms) const;
    // The currency the items are priced in: order items carry none on the wire, so the window
    // sets the one of the profile's affiliate. Empty: amounts are shown without one.
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }
    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The display format changed: a filter by dates in the agent's zone must look again.
    void displayFormatChanged();
    // The last batch of a loadOrders() or setPreparedOrders() is in.
    void ordersLoaded();

private:
    struct ItemLocation
    {
        int orderRow = 0;
        int itemRow = 0;
    };

    class NodeMaker;
    static void refreshOrderKeys(OrderNode& node, NodeMaker* maker = nullptr);
    static void makeHaystacks(const OrderNode& node);
    static void makeSortKeys(const OrderNode& node, TextSortKeys& textKeys);
    static const OrderNode& readyHaystacks(const OrderNode& node);
    const OrderNode& readySortKeys(const OrderNode& node) const;
    TextSortKeys& textKeys() const;
    TextSortKeys& rankedTextKeys() const;
    void adoptTextKeys(std::unique_ptr<TextSortKeys> keys, std::vector<OrderNode>::iterator begin,
        std::vector<OrderNode>::iterator end);
    void cancelLoading();
    void appendPendingBatch();
    void installNodes(std::vector<OrderNode>::iterator begin, std::vector<OrderNode>::iterator end);
    void indexOrder(int row);
    void indexItems(int row);
    void unindexItems(int row);
    void replaceItems(int row, const PurchaseOrder& order, const std::vector<int>& newRowOfOld,
        const std::vector<int>& oldRowOfNew, bool orderFieldsChanged);
    void emitAllChanged(int firstColumn, int lastColumn, const QList<int>& roles);

    QVariant orderRowData(const OrderNode& node, int column, int role) const;
    QVariant itemRowData(const OrderNode& node, int itemRow, int column, int role) const;
    QVariant orderDisplay(const OrderNode& node, int column) const;
    QVariant itemDisplay(const OrderNode& node, const PurchaseOrderItem& item, int column) const;
    QVariant orderSortValue(const OrderNode& node, int column) const;
    QVariant itemSortValue(const OrderNode& node, const PurchaseOrderItem& item, int column) const;
    QVariant orderToolTip(const OrderNode& node, int column) const;
    QVariant itemToolTip(const OrderNode& node, const PurchaseOrderItem& item, int column) const;

    const OrderNode* nodeOf(const QModelIndex& index) const;

    std::vector<OrderNode> m_orders;
    QHash<qint64, int> m_orderRows; // order id -> row
    QHash<qint64, ItemLocation> m_itemLocations; // item id -> where it is
    int m_itemCount = 0;
    QString m_currency;
    DisplayFormat m_format;
    mutable std::unique_ptr<TextSortKeys> m_textKeys; // for m_format's locale; the nodes' numbers refer to it
    mutable quint64 m_sortKeysGeneration = 0;

    // Loading: rows prepared and not yet handed to the view, the next batch's size, and the
    // number of the load under way, so that a worker's late answer to an older one is dropped.
    std::vector<OrderNode> m_pending;
    size_t m_pendingNext = 0;
    int m_batchOrders = 0;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    QTimer m_batchTimer;
};

} // namespace ff
