#pragma once

#include "models/DayRange.h"
#include "models/FilterTerms.h"
#include "models/SortComparator.h"

#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace ff {

class PurchaseOrderModel;

// Filters and sorts a PurchaseOrderModel for the orders view.
//
// An order is shown when it passes the status and date filters and, if there is filter text,
// when it or any of its items matches the text (FilterTextRole); a shown order shows all its
// items, so a match on one item shows it among the rest of its order.
//
// Fast at 100 000 items: whether an order is shown is worked out once per change of a filter,
// item rows just look up their order's answer, and typing more letters looks again only at the
// orders already shown. Sorting compares SortRole's typed values (SortComparator), absent values
// first.
class OrderFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxyModel(QObject* parent = nullptr);
    ~OrderFilterProxyModel() override;

    // The source should be a PurchaseOrderModel; with another model the roles are read all the
    // same, and dates are taken in the system time zone.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString filterText() const { return m_filterText; }
    QStringList statusCodes() const { return m_statusCodes; }
    std::optional<QDate> createdFrom() const { return m_createdFrom; }
    std::optional<QDate> createdTo() const { return m_createdTo; }

public slots:
    // Case-insensitive; words separated by spaces must all match.
    void setFilterText(const QString& text);
    // Orders with one of these status codes (compared ignoring case); empty: all of them.
    void setStatusCodes(const QStringList& codes);
    // Orders created on these days, both included, in the display format's time zone; an open
    // end is unbounded. An order without a date is outside any bounded range.
    void setCreatedRange(std::optional<QDate> from, std::optional<QDate> to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    enum Decision : qint8 { Unknown = -1, Hidden = 0, Shown = 1 };

    bool isOrderShown(int orderRow) const;
    bool computeOrderShown(int orderRow) const;
    void refilter(bool narrowing);
    // Takes the source's time zone and locale; true when the locale changed.
    bool applyDisplayFormat();
    void recheckOrders(const QModelIndex& parent, int first, int last);

    void forgetDecisions();
    void sourceRowsToBeInserted(const QModelIndex& parent, int first);
    void sourceRowsToBeRemoved(const QModelIndex& parent);
    void sourceRowsInserted(const QModelIndex& parent);
    void sourceRowsRemoved(const QModelIndex& parent);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
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

    // Per source order row, what this proxy last told QSortFilterProxyModel about it: the
    // order and all its items are shown or hidden together.
    mutable std::vector<qint8> m_decisions;
};

} // namespace ff
