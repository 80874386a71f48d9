// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/EntitlementBuilder.h"

#include <functional>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

Entitlement EntitlementBuilder::entitlement(const ItemRef& ref) const
{
    const PurchaseOrderItem& item = m_data.item(ref);
    const PurchaseOrder& order = m_data.order(ref);
    const CustomerRecord& customer = m_data.customer(ref.customer);
    const Affiliate& affiliate = *m_data.affiliate(customer.affiliateId);

    Entitlement result;
    static_cast<PurchaseOrderItem&>(result) = item;
    const qint64 typeId = item.entitlementTypeId.value_or(item.rentalTime ? 1 : 2);
    result.entitlementType = EntitlementType { typeId, typeId == 1 ? u"Rental"_s : u"Purchase"_s };

    // A rental ends RentalTime days after the order, or ViewTime hours after first play,
    // whichever comes first.
    if (item.rentalTime) {
        const std::optional<DateTimeOffset> created = item.createdDate ? item.createdDate : order.createDate;
        if (created) {
            qint64 expiry
                = created->utcTicks() + *item.rentalTime * 24 * 3600 * DateTimeOffset::TicksPerSecond;
            if (item.timeOfFirstPlay && item.viewTime) {
                expiry = qMin(expiry,
                    item.timeOfFirstPlay->utcTicks()
                        + *item.viewTime * 3600 * DateTimeOffset::TicksPerSecond);
            }
            result.rentalExpiryTime = affiliate.at(expiry);
        }
    }
    if (const std::optional<DateTimeOffset> changed = m_data.rentalExpiry(item.id.value_or(0)))
        result.rentalExpiryTime = changed; // the platform's word, whatever the fields say
    if (item.timeOfFirstPlay)
        result.lastPlayPosition = m_data.playPosition(item.id.value_or(0)).value_or(TimeSpan());
    if (item.persistentLicenseIssued.value_or(false) && item.deviceIdOfFirstPlay) {
        if (const RegisteredDevice* device = m_data.findDevice(ref.customer, *item.deviceIdOfFirstPlay))
            result.registeredRegisteredDevice = *device;
    }
    result.transientLicenceIssued
        = item.timeOfFirstPlay.has_value() && !item.persistentLicenseIssued.value_or(false);
    if (item.supplierRef) {
        if (const CatalogueTitle* title = m_data.catalogue().find(*item.supplierRef)) {
            result.mediaItem = m_data.catalogue().mediaItem(*title, affiliate);
            result.mediaAssets = m_data.catalogue().mediaAssets(*title);
        }
    }
    if (!result.mediaAssets)
        result.mediaAssets = QList<MediaAsset>();
    result.hide = item.inherited.value_or(false);
    result.poCreatedDate = order.createDate;
    return result;
}

EntitlementV1 EntitlementBuilder::entitlementV1(const ItemRef& ref) const
{
    const Entitlement v2 = entitlement(ref);
    EntitlementV1 result;
    static_cast<PurchaseOrderItem&>(result) = static_cast<const PurchaseOrderItem&>(v2);
    result.entitlementType = v2.entitlementType;
    result.rentalExpiryTime = v2.rentalExpiryTime;
    result.lastPlayPosition = v2.lastPlayPosition;
    result.registeredRegisteredDevice = v2.registeredRegisteredDevice;
    result.transientLicenceIssued = v2.transientLicenceIssued;
    result.mediaItem = v2.mediaItem;
    result.mediaAssets = v2.mediaAssets;
    return result;
}

EntitlementGraph EntitlementBuilder::graph(const ItemRef& ref, bool linked) const
{
    EntitlementGraph graph;
    graph.linked = linked;
    if (!linked) {
        graph.nodes.append(EntitlementGraph::Node { entitlement(ref), -1, {} });
        return graph;
    }
    const qint64 rootId = m_data.item(ref).id.value_or(0);
    qint64 topId = rootId;
    while (const std::optional<qint64> parent = m_data.parentOf(topId))
        topId = *parent;

    std::function<qsizetype(qint64, qsizetype)> add = [&](qint64 itemId, qsizetype parent) -> qsizetype {
        const std::optional<ItemRef> itemRef = m_data.findItem(itemId);
        if (!itemRef)
            return -1;
        graph.nodes.append(EntitlementGraph::Node { entitlement(*itemRef), parent, {} });
        const qsizetype self = graph.nodes.size() - 1;
        if (itemId == rootId)
            graph.root = self;
        for (const qint64 childId : m_data.childrenOf(itemId)) {
            const qsizetype child = add(childId, self);
            if (child >= 0)
                graph.nodes[self].children.append(child);
        }
        return self;
    };
    add(topId, -1);
    return graph;
}

} // namespace ff::sandbox
