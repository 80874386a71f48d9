// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/CustomerInvestigation.h"

#include "investigation/ConsistencySignals.h"
#include "investigation/DuplicatePurchases.h"
#include "investigation/PurchaseSignals.h"
#include "investigation/RefundVerdictRule.h"
#include "investigation/ViewingSignals.h"

#include <QCoreApplication>

namespace ff {

namespace {

void keepEarliestAfter(std::optional<DateTimeOffset>& next, const std::optional<DateTimeOffset>& candidate,
    const DateTimeOffset& at)
{
    if (candidate && at < *candidate && (!next || *candidate < *next))
        next = candidate;
}

} // namespace

std::vector<ItemInvestigation> CustomerInvestigation::run(const QList<PurchaseOrder>& orders,
    const RefundPolicy& policy, const DateTimeOffset& at, const EntitlementFor& entitlementFor)
{
    return investigate(orders, policy, at, entitlementFor, {});
}

void CustomerInvestigation::forEach(const QList<PurchaseOrder>& orders, const RefundPolicy& policy,
    const DateTimeOffset& at, const Visit& visit)
{
    investigate(orders, policy, at, {}, {}, visit);
}

std::optional<ItemInvestigation> CustomerInvestigation::item(const QList<PurchaseOrder>& orders,
    qint64 itemId, const RefundPolicy& policy, const DateTimeOffset& at, const EntitlementFor& entitlementFor)
{
    const PurchaseOrderItem* target = nullptr;
    for (const PurchaseOrder& order : orders) {
        if (!order.purchaseOrderItemDtos)
            continue;
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) { // in place: target points in
            if (item.id == itemId)
                target = &item;
        }
    }
    if (!target)
        return std::nullopt;
    const std::optional<QString> ref = target->supplierRef;
    const auto sameTitle = [target, ref](const PurchaseOrderItem& item) {
        return &item == target || (ref && !ref->isEmpty() && item.supplierRef == ref);
    };
    for (ItemInvestigation& result : investigate(orders, policy, at, entitlementFor, sameTitle)) {
        if (result.item == target)
            return std::move(result);
    }
    return std::nullopt;
}

std::vector<ItemInvestigation> CustomerInvestigation::investigate(const QList<PurchaseOrder>& orders,
    const RefundPolicy& policy, const DateTimeOffset& at, const EntitlementFor& entitlementFor,
    const ItemFilter& filter, const Visit& visit)
{
    // Made once and shared by every item it applies to.
    const QString ordersOnly = QCoreApplication::translate("ff::CustomerInvestigation",
        "Only the orders were read: the platform's expiry, how far it played, box-set children and the "
        "offer's terms are not known here.");

    std::vector<ItemInvestigation> results;
    qsizetype itemCount = 0;
    for (const PurchaseOrder& order : orders)
        itemCount += order.purchaseOrderItemDtos ? order.purchaseOrderItemDtos->size() : 0;
    results.reserve(size_t(itemCount)); // no copy of every result half-way through
    for (const PurchaseOrder& order : orders) {
        if (!order.purchaseOrderItemDtos)
            continue;
        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
            if (filter && !filter(item))
                continue;
            ItemInvestigation& result = results.emplace_back();
            result.order = &order;
            result.item = &item;
            result.at = at;
            const EntitlementLookup lookup = entitlementFor && item.supplierRef
                ? entitlementFor(*item.supplierRef)
                : EntitlementLookup::notAsked();
            result.facts = ItemFacts::read(order, item, lookup, policy);
            result.window = RentalWindow::of(result.facts, policy);
            result.state = ItemStateAt::of(order, item, result.facts, result.window, policy, at);
        }
    }

    // Across the customer: which purchases overlap an earlier one of the same title.
    std::vector<DuplicatePurchases::Purchase> purchases;
    purchases.reserve(results.size());
    for (const ItemInvestigation& result : results) {
        const ItemState state = result.state.state;
        const bool stands
            = state != ItemState::Unpaid && state != ItemState::Refunded && state != ItemState::Deleted;
        purchases.push_back({ &result.facts, &result.window, stands });
    }
    const DuplicatePurchases duplicates(std::move(purchases));

    for (size_t i = 0; i < results.size(); ++i) {
        ItemInvestigation& result = results[i];
        result.unknowns = result.facts.unknowns;
        if (result.facts.entitlementUse == ItemFacts::EntitlementUse::NotAsked)
            result.unknowns.append(ordersOnly);
        if (!result.state.unknownReason.isEmpty())
            result.unknowns.append(result.state.unknownReason);
        const SignalContext context { *result.order, *result.item, result.facts, result.window, result.state,
            policy, at };
        ViewingSignals::raise(context, result.raisedSignals);
        if (std::optional<RefundSignal> duplicate = duplicates.signalFor(i, policy))
            result.raisedSignals.append(std::move(*duplicate));
        PurchaseSignals::raise(context, result.raisedSignals, result.unknowns);
        ConsistencySignals::raise(context, result.raisedSignals);
        result.verdict = RefundVerdictRule::of(result.state.state, result.raisedSignals);

        keepEarliestAfter(result.nextChange, result.window.end, at);
        keepEarliestAfter(result.nextChange, ViewingSignals::courtesyEnd(result.facts, policy), at);
        keepEarliestAfter(result.nextChange, result.facts.purchasedAt, at);
        if (visit) {
            visit(result);
            // The facts stay: a later item's duplicate signal reads an earlier item's.
            result.raisedSignals = {};
            result.unknowns = {};
        }
    }
    return results;
}

} // namespace ff
