// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateFetch.h"

#include "api/client/ApiClient.h"
#include "app/cli/InvestigateSettings.h"
#include "app/cli/InvestigateSlots.h"

#include <QCoreApplication>
#include <QSet>

namespace ff::cli {

namespace {

// When an answer arrived, for the report's header.
DateTimeOffset now()
{
    return DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
}

// A request the run no longer sends (InvestigateSlots::close): the customer ends unfinished.
ApiError notSent()
{
    return ApiError::make(ApiError::Kind::Cancelled,
        QCoreApplication::translate("ff::cli::InvestigateFetch", "not sent: the run was stopped"));
}

} // namespace

CustomerInvestigation::EntitlementFor InvestigateFetch::Data::entitlementFor() const
{
    if (!entitlementsAsked)
        return {};
    return [this](const QString& supplierRef) {
        const auto found = entitlements.constFind(supplierRef);
        if (found == entitlements.cend())
            return EntitlementLookup::notAsked();
        return found->has_value() ? EntitlementLookup::found(**found) : EntitlementLookup::notFound();
    };
}

std::vector<ItemInvestigation> InvestigateFetch::Data::investigate(const InvestigateSettings& settings) const
{
    // The whole customer first: a duplicate is only seen among all their purchases.
    std::vector<ItemInvestigation> items
        = CustomerInvestigation::run(orders, settings.policy, settings.at, entitlementFor());
    if (settings.candidatesOnly)
        std::erase_if(items, [](const ItemInvestigation& item) { return !item.isCandidate(); });
    return items;
}

InvestigateFetch::InvestigateFetch(
    ApiClient& client, InvestigateSlots& requestSlots, qint64 affiliateId, Done done)
    : m_client(client)
    , m_slots(requestSlots)
    , m_affiliateId(affiliateId)
    , m_done(std::move(done))
{ }

void InvestigateFetch::start(ApiClient& client, InvestigateSlots& requestSlots, qint64 affiliateId,
    const QString& customer, bool entitlements, Done done)
{
    std::make_shared<InvestigateFetch>(client, requestSlots, affiliateId, std::move(done))
        ->fetchOrders(customer, entitlements);
}

void InvestigateFetch::fetchOrders(const QString& customer, bool entitlements)
{
    auto self = shared_from_this();
    m_slots.run([self, customer, entitlements](InvestigateSlots::Release release) {
        if (self->m_slots.isClosed()) {
            release();
            self->fail(notSent());
            return;
        }
        self->m_client.purchaseOrders(self->m_affiliateId, customer, nullptr,
            [self, entitlements, release](Result<QList<PurchaseOrder>, ApiError> result) {
                if (!result) {
                    // Failed before the slot is freed: after a 401 the run stops (closes the
                    // slots) before the next request waiting could take it.
                    self->fail(result.error());
                    release();
                    return;
                }
                release();
                self->m_data.ordersFetchedAt = now();
                self->m_data.orders = std::move(result).value();
                self->m_data.entitlementsAsked = entitlements;
                QSet<QString> refs;
                if (entitlements) {
                    for (const PurchaseOrder& order : std::as_const(self->m_data.orders)) {
                        if (!order.purchaseOrderItemDtos)
                            continue;
                        for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos) {
                            if (item.supplierRef && !item.supplierRef->trimmed().isEmpty())
                                refs.insert(*item.supplierRef);
                        }
                    }
                }
                self->m_pending = int(refs.size()) + 1; // + 1: until every request is queued
                for (const QString& ref : std::as_const(refs))
                    self->fetchEntitlement(ref);
                self->entitlementEnded();
            });
    });
}

void InvestigateFetch::fetchEntitlement(const QString& supplierRef)
{
    auto self = shared_from_this();
    m_slots.run([self, supplierRef](InvestigateSlots::Release release) {
        // The customer has already failed, or the run was stopped: nothing more is sent for it.
        if (self->m_finished || self->m_slots.isClosed()) {
            release();
            self->fail(notSent());
            self->entitlementEnded();
            return;
        }
        self->m_client.entitlement(self->m_affiliateId, supplierRef, true, nullptr,
            [self, supplierRef, release](Result<Entitlement, ApiError> result) {
                self->m_data.entitlementsFetchedAt = now();
                if (result) {
                    self->m_data.entitlements.insert(supplierRef, std::move(result).value());
                } else if (result.error().isNotFound()) {
                    self->m_data.entitlements.insert(supplierRef, std::nullopt);
                } else {
                    ApiError error = result.error();
                    error.message = QCoreApplication::translate(
                        "ff::cli::InvestigateFetch", "the entitlement of supplier ref \"%1\": %2")
                                        .arg(supplierRef, error.message);
                    self->fail(std::move(error));
                }
                release(); // only now: a failure has stopped what must not be sent after it
                self->entitlementEnded();
            });
    });
}

void InvestigateFetch::entitlementEnded()
{
    if (--m_pending > 0 || m_finished)
        return;
    m_finished = true;
    m_done(std::move(m_data));
}

void InvestigateFetch::fail(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(std::move(error));
}

} // namespace ff::cli
