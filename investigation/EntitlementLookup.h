// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"

#include <QString>

namespace ff {

// What asking the platform for a supplier ref's current entitlement gave. The endpoint names no
// customer, so what it returns may be another customer's item: ItemFacts uses it only when its
// Id is the item's.
struct EntitlementLookup
{
    enum class Outcome {
        NotAsked, // the orders alone (the orders tree; investigate without --entitlements)
        NotFound, // 404: the platform has none; the investigation goes on without it
        Found,
        Failed, // the request failed; what needs the entitlement is unknown
    };

    Outcome outcome = Outcome::NotAsked;
    const Entitlement* entitlement = nullptr; // when Found; owned by the caller
    QString failure; // when Failed: why, for the unknowns

    static EntitlementLookup notAsked() { return {}; }
    static EntitlementLookup notFound() { return { Outcome::NotFound, nullptr, {} }; }
    static EntitlementLookup found(const Entitlement& entitlement)
    {
        return { Outcome::Found, &entitlement, {} };
    }
    static EntitlementLookup failed(QString why) { return { Outcome::Failed, nullptr, std::move(why) }; }
};

} // namespace ff
