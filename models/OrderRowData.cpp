// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderRowData.h"

#include "models/DisplayFormat.h"
#include "models/InvestigationCells.h"
#include "models/OrderColumns.h"
#include "models/OrderNode.h"
#include "models/PurchaseOrderModel.h"

#include <QColor>
#include <QFont>

namespace ff {

namespace {

using Model = PurchaseOrderModel;

template <class T> QVariant variantOf(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// The roles a cell's value answers; the others are the row's. A view asks for a dozen roles per
// cell it paints: the cell is made only for these.
bool isCellRole(int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::TextAlignmentRole
        || role == Model::SortRole;
}

QFont fontWith(void (QFont::*set)(bool))
{
    QFont font;
    (font.*set)(true);
    return font;
}

} // namespace

QVariant OrderRowData::of(const OrderNode& node, int itemRow, int column, int role,
    const DisplayFormat& format, const QString& currency)
{
    const bool isOrder = itemRow < 0;
    if (!isOrder && column == Model::State && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        // The state as a coloured badge.
        if (const InvestigatedItem* item = node.investigatedAt(itemRow)) {
            const auto [background, foreground] = InvestigationCells::badgeColours(item->state);
            return role == Qt::BackgroundRole ? background : foreground;
        }
    }
    if (!isCellRole(role))
        return isOrder ? orderRow(node, role) : OrderRowData::itemRow(node, itemRow, role);

    const OrderColumns::Entry& entry = OrderColumns::at(column);
    // A tooltip is shown as markup when it looks like markup: the server's texts in it (a title,
    // a status, a provider) are made to show as they are.
    if (isOrder && role == Qt::ToolTipRole && entry.orderToolTip)
        return DisplayFormat::toolTipOf(entry.orderToolTip(node));
    const OrderCell cell = isOrder ? entry.orderCell(node) : entry.itemCell(node, node.item(itemRow));
    switch (role) {
    case Qt::DisplayRole:
        return cell.display(format, currency);
    case Qt::ToolTipRole:
        return DisplayFormat::toolTipOf(cell.toolTip(format, currency));
    case Qt::TextAlignmentRole:
        return cell.alignment();
    default:
        return cell.sortValue();
    }
}

QVariant OrderRowData::orderRow(const OrderNode& node, int role)
{
    const PurchaseOrder& order = node.order;
    switch (role) {
    case Qt::FontRole:
        return node.refunded ? QVariant(fontWith(&QFont::setItalic)) : QVariant();
    case Model::KindRole:
        return QVariant::fromValue(Model::RowKind::Order);
    case Model::OrderRole:
        return QVariant::fromValue(order);
    case Model::OrderIdRole:
        return variantOf(order.id);
    case Model::StatusCodeRole:
        return order.status ? variantOf(order.status->code) : QVariant();
    case Model::CreatedRole:
        return variantOf(order.createDate);
    case Model::FilterTextRole:
        return QString::fromUtf8(node.readySearchText().rowText(0));
    default:
        return {};
    }
}

QVariant OrderRowData::itemRow(const OrderNode& node, int itemRow, int role)
{
    const PurchaseOrderItem& item = node.item(itemRow);
    const bool deleted = item.deleted.value_or(false);
    switch (role) {
    case Qt::ForegroundRole:
        return deleted ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        return deleted ? QVariant(fontWith(&QFont::setStrikeOut)) : QVariant();
    case Model::KindRole:
        return QVariant::fromValue(Model::RowKind::Item);
    case Model::OrderRole:
        return QVariant::fromValue(node.order);
    case Model::ItemRole:
        return QVariant::fromValue(item);
    case Model::OrderIdRole:
        return variantOf(node.order.id);
    case Model::ItemIdRole:
        return variantOf(item.id);
    case Model::StatusCodeRole:
        return node.order.status ? variantOf(node.order.status->code) : QVariant();
    case Model::CreatedRole:
        return variantOf(item.createdDate);
    case Model::FilterTextRole:
        return QString::fromUtf8(node.readySearchText().rowText(1 + itemRow));
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderRowData::roleNames(QHash<int, QByteArray> names)
{
    names.insert(Model::SortRole, "sortValue");
    names.insert(Model::KindRole, "kind");
    names.insert(Model::OrderRole, "order");
    names.insert(Model::ItemRole, "item");
    names.insert(Model::OrderIdRole, "orderId");
    names.insert(Model::ItemIdRole, "itemId");
    names.insert(Model::StatusCodeRole, "statusCode");
    names.insert(Model::CreatedRole, "created");
    names.insert(Model::FilterTextRole, "filterText");
    return names;
}

} // namespace ff
