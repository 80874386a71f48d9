// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "api/core/DateTimeOffset.h"
#include "api/core/Result.h"
#include "api/dto/Entitlement.h"
#include "api/dto/PurchaseOrder.h"
#include "investigation/CustomerInvestigation.h"

#include <QHash>
#include <functional>
#include <memory>
#include <vector>

namespace ff {
class ApiClient;
}

namespace ff::cli {

class InvestigateSlots;
struct InvestigateSettings;

// Reads what investigate needs about one customer: their orders, and with --entitlements the
// current entitlement of each distinct supplier ref among them (404: none, and the run goes
// on). Every request takes a slot of the shared InvestigateSlots. Read only: it sends GETs.
class InvestigateFetch final : public std::enable_shared_from_this<InvestigateFetch>
{
public:
    struct Data
    {
        QList<PurchaseOrder> orders;
        bool entitlementsAsked = false;
        QHash<QString, std::optional<Entitlement>> entitlements; // by supplier ref; none: 404
        // When the answers arrived, for a report's header: the orders', and the last entitlement's.
        DateTimeOffset ordersFetchedAt;
        std::optional<DateTimeOffset> entitlementsFetchedAt;

        // The lookups CustomerInvestigation takes (NotAsked without --entitlements). It points
        // into this Data, which must outlive the investigation.
        CustomerInvestigation::EntitlementFor entitlementFor() const;
        // Every item, investigated with the settings (only the refund candidates when they say
        // so), orders and items in the order the server sent them. The results point into this
        // Data, which must outlive them.
        std::vector<ItemInvestigation> investigate(const InvestigateSettings& settings) const;
    };
    // Ends exactly once: the data, or the first error (the customer fails with its exit code).
    // A request that was not sent because the shared slots were closed ends it with a Cancelled
    // error: the customer was not investigated.
    using Done = std::function<void(Result<Data, ApiError>)>;

    static void start(ApiClient& client, InvestigateSlots& requestSlots, qint64 affiliateId,
        const QString& customer, bool entitlements, Done done);

    // Not for callers: start() makes one, shared by the requests it sends.
    InvestigateFetch(ApiClient& client, InvestigateSlots& requestSlots, qint64 affiliateId, Done done);

private:
    void fetchOrders(const QString& customer, bool entitlements);
    void fetchEntitlement(const QString& supplierRef);
    void entitlementEnded();
    void fail(ApiError error);

    ApiClient& m_client;
    InvestigateSlots& m_slots;
    qint64 m_affiliateId;
    Done m_done;
    Data m_data;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace ff::cli
