// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EntitlementModel.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace ff {

namespace {

// Deeper families than this are cut short: no catalogue nests so far, and a tree built from a
// hostile response must not exhaust the stack.
constexpr int MaxDepth = 64;

bool isSame(const Entitlement& a, const Entitlement& b)
{
    if (a.id || b.id)
        return a.id == b.id;
    return a.supplierRef && a.supplierRef == b.supplierRef;
}

const QList<Entitlement>& childrenOf(const Entitlement& entitlement)
{
    static const QList<Entitlement> none;
    return entitlement.children ? *entitlement.children : none;
}

} // namespace

EntitlementModel::EntitlementModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

EntitlementModel::~EntitlementModel() = default;

void EntitlementModel::setEntitlement(const Entitlement& entitlement)
{
    beginResetModel();
    m_entitlement = entitlement;
    build();
    endResetModel();
}

void EntitlementModel::clear()
{
    beginResetModel();
    m_entitlement.reset();
    build();
    endResetModel();
}

int EntitlementModel::addNode(const Entitlement* entitlement, int parent)
{
    std::vector<int>& siblings = parent < 0 ? m_topLevel : m_nodes[size_t(parent)].children;
    m_nodes.push_back(Node { entitlement, parent, int(siblings.size()), {} });
    const int node = int(m_nodes.size()) - 1;
    // m_nodes may have grown: look the siblings up again.
    (parent < 0 ? m_topLevel : m_nodes[size_t(parent)].children).push_back(node);
    return node;
}

void EntitlementModel::addSubtree(const Entitlement* entitlement, int parent, int depth)
{
    const int node = addNode(entitlement, parent);
    if (depth >= MaxDepth)
        return;
    for (const Entitlement& child : childrenOf(*entitlement))
        addSubtree(&child, node, depth + 1);
}

void EntitlementModel::build()
{
    m_nodes.clear();
    m_topLevel.clear();
    m_current = -1;
    if (!m_entitlement)
        return;

    // The line from the furthest parent down to the current entitlement.
    std::vector<const Entitlement*> line { &*m_entitlement };
    while (line.back()->parent && int(line.size()) < MaxDepth)
        line.push_back(line.back()->parent.operator->());
    std::reverse(line.begin(), line.end());

    int node = addNode(line.front(), -1);
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        // Each one's children in their order, the next one down the line in its place among
        // them (or after them, when the API left it out).
        const Entitlement* next = line[i + 1];
        int nextNode = -1;
        for (const Entitlement& child : childrenOf(*line[i])) {
            if (nextNode < 0 && isSame(child, *next))
                nextNode = addNode(next, node);
            else
                addSubtree(&child, node, int(i) + 1);
        }
        node = nextNode >= 0 ? nextNode : addNode(next, node);
    }
    m_current = node;
    const int depth = int(line.size());
    for (const Entitlement& child : childrenOf(*m_entitlement))
        addSubtree(&child, node, depth);
}

QModelIndex EntitlementModel::indexOfCurrent() const
{
    if (m_current < 0)
        return {};
    return createIndex(m_nodes[size_t(m_current)].row, 0, quintptr(m_current));
}

const EntitlementModel::Node* EntitlementModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

const Entitlement* EntitlementModel::entitlementAt(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->entitlement : nullptr;
}

void EntitlementModel::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    // Every row, level by level: a tree's dataChanged covers one parent's children only.
    if (m_nodes.empty())
        return;
    emit dataChanged(index(0, 0), index(int(m_topLevel.size()) - 1, ColumnCount - 1),
        { Qt::DisplayRole, Qt::ToolTipRole });
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        const Node& node = m_nodes[n];
        if (node.children.empty())
            continue;
        const QModelIndex parent = createIndex(node.row, 0, quintptr(n));
        emit dataChanged(index(0, 0, parent), index(int(node.children.size()) - 1, ColumnCount - 1, parent),
            { Qt::DisplayRole, Qt::ToolTipRole });
    }
}

QModelIndex EntitlementModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>* siblings = &m_topLevel;
    if (parent.isValid()) {
        const Node* node = nodeOf(parent);
        if (!node || parent.column() != 0)
            return {};
        siblings = &node->children;
    }
    if (row >= int(siblings->size()))
        return {};
    return createIndex(row, column, quintptr((*siblings)[size_t(row)]));
}

QModelIndex EntitlementModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int EntitlementModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    const Node* node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int EntitlementModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags EntitlementModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant EntitlementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case SupplierRef:
        return tr("Supplier ref");
    case ItemId:
        return tr("Item id");
    case Type:
        return tr("Type");
    case Expires:
        return tr("Expires");
    case Licence:
        return tr("Licence");
    case Deleted:
        return tr("Deleted");
    default:
        return {};
    }
}

QVariant EntitlementModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node || index.column() >= ColumnCount)
        return {};
    const Entitlement& entitlement = *node->entitlement;
    const bool current = index.internalId() == quintptr(m_current);
    const bool deleted = entitlement.deleted.value_or(false);
    switch (role) {
    case Qt::DisplayRole:
        return display(entitlement, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == Expires && entitlement.rentalExpiryTime)
            return QString::fromLatin1(entitlement.rentalExpiryTime->toIsoString());
        const QString text = display(entitlement, index.column());
        return text == DisplayFormat::absent() || text.isEmpty() ? QVariant()
                                                                 : QVariant(DisplayFormat::toolTip(text));
    }
    case Qt::FontRole:
        if (current || deleted) {
            QFont font;
            font.setBold(current);
            font.setStrikeOut(deleted);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return deleted ? QVariant(QColor(Qt::gray)) : QVariant();
    case SortRole:
        return sortValue(entitlement, index.column());
    case EntitlementRole:
        return QVariant::fromValue(entitlement);
    case IsCurrentRole:
        return current;
    default:
        return {};
    }
}

QString EntitlementModel::display(const Entitlement& entitlement, int column) const
{
    switch (column) {
    case Title:
        return m_format.text(entitlement.title);
    case SupplierRef:
        return m_format.text(entitlement.supplierRef);
    case ItemId:
        return entitlement.id ? QString::number(*entitlement.id) : DisplayFormat::absent();
    case Type:
        return m_format.text(entitlement.entitlementType ? entitlement.entitlementType->name : std::nullopt);
    case Expires:
        return m_format.dateTime(entitlement.rentalExpiryTime);
    case Licence:
        return licenceSummary(entitlement);
    case Deleted:
        return m_format.yesNo(entitlement.deleted);
    default:
        return {};
    }
}

QVariant EntitlementModel::sortValue(const Entitlement& entitlement, int column) const
{
    auto variantOf = [](const auto& value) { return value ? QVariant::fromValue(*value) : QVariant(); };
    switch (column) {
    case Title:
        return variantOf(entitlement.title);
    case SupplierRef:
        return variantOf(entitlement.supplierRef);
    case ItemId:
        return variantOf(entitlement.id);
    case Type:
        return entitlement.entitlementType ? variantOf(entitlement.entitlementType->name) : QVariant();
    case Expires:
        return variantOf(entitlement.rentalExpiryTime);
    case Licence:
        return licenceSummary(entitlement);
    case Deleted:
        return variantOf(entitlement.deleted);
    default:
        return {};
    }
}

QString EntitlementModel::licenceSummary(const Entitlement& entitlement) const
{
    // What was issued, then whether a device said it received it: "Persistent, acknowledged".
    const std::optional<bool>& persistent = entitlement.persistentLicenseIssued;
    const std::optional<bool>& transient = entitlement.transientLicenceIssued;
    QString issued;
    if (persistent.value_or(false) && transient.value_or(false))
        issued = tr("Persistent and transient");
    else if (persistent.value_or(false))
        issued = tr("Persistent");
    else if (transient.value_or(false))
        issued = tr("Transient");
    else if (persistent || transient)
        issued = tr("None issued");

    QString acknowledged;
    if (entitlement.licenseAcknowledged)
        acknowledged = *entitlement.licenseAcknowledged ? tr("acknowledged") : tr("not acknowledged");

    if (issued.isEmpty() && acknowledged.isEmpty())
        return DisplayFormat::absent();
    if (issued.isEmpty())
        return tr("Issued: %1, %2").arg(DisplayFormat::absent(), acknowledged);
    if (acknowledged.isEmpty())
        return issued;
    return tr("%1, %2").arg(issued, acknowledged);
}

} // namespace ff
