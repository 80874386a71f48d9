// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/EntitlementLookup.h"
#include "investigation/ItemInvestigation.h"

#include <functional>
#include <vector>

namespace ff {

// Investigates every item of a customer's orders at one instant under one policy: a pure
// function of its arguments (no network, no clock, no widgets), run by the orders tree on a
// worker thread, by the investigation card, and by `ffconsole-cli investigate`.
class CustomerInvestigation final
{
public:
    // The current entitlement of a supplier ref, as the caller fetched it (or NotAsked).
    using EntitlementFor = std::function<EntitlementLookup(const QString& supplierRef)>;

    // One result per item, orders and items in the order given. The results point into orders,
    // which must outlive them.
    static std::vector<ItemInvestigation> run(const QList<PurchaseOrder>& orders, const RefundPolicy& policy,
        const DateTimeOffset& at, const EntitlementFor& entitlementFor = {});
    // The same results, each handed to `visit` in that order as soon as it is made: for the
    // orders tree, which keeps a few bytes of each, so that a customer with 100 000 items never
    // holds every item's facts and evidence at once.
    using Visit = std::function<void(ItemInvestigation&& result)>;
    static void forEach(const QList<PurchaseOrder>& orders, const RefundPolicy& policy,
        const DateTimeOffset& at, const Visit& visit);
    // One item, among the customer's orders: the same answer run() gives for it, worked out from
    // the purchases of its title only (all a duplicate depends on), so that it is cheap for a
    // customer with many items. Nothing when no item has that id.
    static std::optional<ItemInvestigation> item(const QList<PurchaseOrder>& orders, qint64 itemId,
        const RefundPolicy& policy, const DateTimeOffset& at, const EntitlementFor& entitlementFor = {});

private:
    using ItemFilter = std::function<bool(const PurchaseOrderItem& item)>;
    static void investigate(const QList<PurchaseOrder>& orders, const RefundPolicy& policy,
        const DateTimeOffset& at, const EntitlementFor& entitlementFor, const ItemFilter& filter,
        const Visit& visit);
};

} // namespace ff
