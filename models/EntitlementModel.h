// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"
#include "models/DisplayFormat.h"
#include "models/DtoMetaTypes.h"

#include <QAbstractItemModel>
#include <vector>

namespace ff {

// An entitlement's family as a tree, for an agent to see where it sits: its parent (a box set)
// at the top, the entitlement under it in bold among the parent's other children, and its own
// children (episodes) under it. Without a parent the entitlement itself is the top row. Parents
// of parents are followed the same way.
//
// A parent's Children as the API sends them may leave the current entitlement out (the
// serializer breaks the Parent/Children loop there); it is then added after its siblings.
class EntitlementModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, SupplierRef, ItemId, Type, Expires, Licence, Deleted, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // typed, as PurchaseOrderModel::SortRole
        EntitlementRole, // Entitlement: the node's own
        IsCurrentRole, // bool: the entitlement that was asked for
    };
    Q_ENUM(Role)

    explicit EntitlementModel(QObject* parent = nullptr);
    ~EntitlementModel() override;

    void setEntitlement(const Entitlement& entitlement);
    void clear();
    // The row of the entitlement that was asked for (to select and expand it); invalid if none.
    QModelIndex indexOfCurrent() const;
    const Entitlement* entitlementAt(const QModelIndex& index) const;

    void setDisplayFormat(const DisplayFormat& format);
    const DisplayFormat& displayFormat() const { return m_format; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node
    {
        const Entitlement* entitlement = nullptr; // into m_entitlement, which owns the family
        int parent = -1; // node index; -1 at the top
        int row = 0;
        std::vector<int> children; // node indexes
    };

    void build();
    int addNode(const Entitlement* entitlement, int parent);
    void addSubtree(const Entitlement* entitlement, int parent, int depth);
    const Node* nodeOf(const QModelIndex& index) const;
    QString display(const Entitlement& entitlement, int column) const;
    QVariant sortValue(const Entitlement& entitlement, int column) const;
    QString licenceSummary(const Entitlement& entitlement) const;

    // The entitlement as given, parent and children included; the nodes point into it, so it
    // is changed only by setEntitlement and clear, which rebuild them.
    std::optional<Entitlement> m_entitlement;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    int m_current = -1;
    DisplayFormat m_format;
};

} // namespace ff
