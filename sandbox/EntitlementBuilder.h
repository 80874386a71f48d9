// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"
#include "api/dto/EntitlementV1.h"
#include "sandbox/EntitlementGraph.h"
#include "sandbox/ItemRef.h"
#include "sandbox/SandboxData.h"

namespace ff::sandbox {

// Turns a purchase order item into what the entitlement endpoints return: the item's fields
// plus the kind of entitlement, when a rental runs out, where playback stopped, the device a
// persistent licence went to, and the catalogue's media item and renditions.
class EntitlementBuilder final
{
public:
    explicit EntitlementBuilder(const SandboxData& data)
        : m_data(data)
    { }

    // v2, without parent or children.
    Entitlement entitlement(const ItemRef& ref) const;
    // v1, as acknowledging a licence returns it.
    EntitlementV1 entitlementV1(const ItemRef& ref) const;
    // v2 with, when linked, the whole box set around the item.
    EntitlementGraph graph(const ItemRef& ref, bool linked) const;

private:
    const SandboxData& m_data;
};

} // namespace ff::sandbox
