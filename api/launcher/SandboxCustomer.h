// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"
#include "api/launcher/SandboxDevice.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// One customer of the sandbox's data, as /_sandbox/info lists it: who they are, their devices,
// how many orders and items they have, and the supplier refs of those items (first seen first).
struct SandboxCustomer
{
    std::optional<qint64> affiliateId;
    std::optional<QString> username;
    std::optional<QString> email;
    std::optional<QString> fullName;
    std::optional<QUuid> customerId; // also the account id of the admin service
    std::optional<QList<SandboxDevice>> devices;
    std::optional<qint64> orders;
    std::optional<qint64> items;
    std::optional<QList<QString>> supplierRefs;
    // What the customer's orders were laid out to show, for a new user to try: "refunds" (an
    // example of every item state, refund signal and verdict); absent for the others.
    std::optional<QString> showcase;

    // The id of the first registered device as the licence call takes it; empty when none.
    QString firstDeviceId() const
    {
        return devices && !devices->isEmpty() && devices->first().id ? QString::number(*devices->first().id)
                                                                     : QString();
    }

    static constexpr auto fields()
    {
        using T = SandboxCustomer;
        return std::tuple {
            Field { "affiliateId", &T::affiliateId },
            Field { "username", &T::username },
            Field { "email", &T::email },
            Field { "fullName", &T::fullName },
            Field { "customerId", &T::customerId },
            Field { "devices", &T::devices },
            Field { "orders", &T::orders },
            Field { "items", &T::items },
            Field { "supplierRefs", &T::supplierRefs },
            Field { "showcase", &T::showcase },
        };
    }
    friend bool operator==(const SandboxCustomer&, const SandboxCustomer&) = default;
};

} // namespace ff
