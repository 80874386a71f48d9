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
    std::vector<ItemInvestigation> results;
    investigate(orders, policy, at, entitlementFor, {},
        [&results](ItemInvestigation&& result) { results.push_back(std::move(result)); });
    return results;
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
    std::optional<ItemInvestigation> found;
    investigate(orders, policy, at, entitlementFor, sameTitle, [&found, target](ItemInvestigation&& result) {
        if (result.item == target)
            found = std::move(result);
    });
    return found;
}

void CustomerInvestigation::investigate(const QList<PurchaseOrder>& orders, const RefundPolicy& policy,
    const DateTimeOffset& at, const EntitlementFor& entitlementFor, const ItemFilter& filter,
    const Visit& visit)
{
    // Made once and shared by every item it applies to.
    const QString ordersOnly = QCoreApplication::translate("ff::CustomerInvestigation",
        "Only the orders were read: the platform's expiry, how far it played, box-set children and the "
        "offer's terms are not known here.");
    const auto eachItem = [&orders, &filter](const auto& take) {
        for (const PurchaseOrder& order : orders) {
            if (!order.purchaseOrderItemDtos)
                continue;
            for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
                if (!filter || filter(item))
                    take(order, item);
            }
        }
    };
    const auto begin = [&](const PurchaseOrder& order, const PurchaseOrderItem& item) {
        ItemInvestigation result;
        result.order = &order;
        result.item = &item;
        result.at = at;
        const EntitlementLookup lookup = entitlementFor && item.supplierRef
            ? entitlementFor(*item.supplierRef)
            : EntitlementLookup::notAsked();
        result.facts = ItemFacts::read(order, item, lookup, policy);
        result.window = RentalWindow::of(result.facts, policy);
        result.state = ItemStateAt::of(order, item, result.facts, result.window, policy, at);
        return result;
    };

    // Two passes, so that a customer's items are never all held at once (100 000 of them held
    // some 70 MB): the first keeps what a duplicate depends on, a few dozen bytes an item, to
    // find which purchases overlap an earlier one of the same title across the customer; the
    // second works each item out in full and hands it over.
    std::vector<DuplicatePurchases::Purchase> purchases;
    qsizetype itemCount = 0;
    for (const PurchaseOrder& order : orders)
        itemCount += order.purchaseOrderItemDtos ? order.purchaseOrderItemDtos->size() : 0;
    purchases.reserve(size_t(itemCount)); // one block, rather than every size on the way to it
    eachItem([&](const PurchaseOrder& order, const PurchaseOrderItem& item) {
        const ItemInvestigation result = begin(order, item);
        purchases.push_back(
            DuplicatePurchases::Purchase::of(result.facts, result.window, result.state.state));
    });
    const DuplicatePurchases duplicates(std::move(purchases));

    size_t index = 0;
    eachItem([&](const PurchaseOrder& order, const PurchaseOrderItem& item) {
        ItemInvestigation result = begin(order, item);
        result.unknowns = result.facts.unknowns;
        if (result.facts.entitlementUse == ItemFacts::EntitlementUse::NotAsked)
            result.unknowns.append(ordersOnly);
        if (!result.state.unknownReason.isEmpty())
            result.unknowns.append(result.state.unknownReason);
        const SignalContext context { order, item, result.facts, result.window, result.state, policy, at };
        ViewingSignals::raise(context, result.raisedSignals);
        if (std::optional<RefundSignal> duplicate = duplicates.signalFor(index++, policy))
            result.raisedSignals.append(std::move(*duplicate));
        PurchaseSignals::raise(context, result.raisedSignals, result.unknowns);
        ConsistencySignals::raise(context, result.raisedSignals);
        result.verdict = RefundVerdictRule::of(result.state.state, result.raisedSignals);

        keepEarliestAfter(result.nextChange, result.window.end, at);
        keepEarliestAfter(result.nextChange, ViewingSignals::courtesyEnd(result.facts, policy), at);
        keepEarliestAfter(result.nextChange, result.facts.purchasedAt, at);
        visit(std::move(result));
    });
}

} // namespace ff
