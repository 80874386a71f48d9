// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/Field.h"
#include "api/launcher/SandboxAffiliate.h"
#include "api/launcher/SandboxCustomer.h"

#include <QList>
#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// What GET /_sandbox/info says about a running sandbox's data: its seed and instant, its
// affiliates and every customer. Read with readJson<SandboxInfo>, like the API's own DTOs.
struct SandboxInfo
{
    std::optional<QString> seed; // a decimal string: a seed may exceed a double's integers
    std::optional<DateTimeOffset> now;
    std::optional<QList<SandboxAffiliate>> affiliates;
    std::optional<QList<SandboxCustomer>> customers;
    std::optional<QString> scaleCustomer; // null without --scale

    // The customer with this username (exactly as listed), or nullptr.
    const SandboxCustomer* customer(const QString& username) const
    {
        if (!customers)
            return nullptr;
        for (const SandboxCustomer& candidate : *customers) {
            if (candidate.username == username)
                return &candidate;
        }
        return nullptr;
    }

    static constexpr auto fields()
    {
        using T = SandboxInfo;
        return std::tuple {
            Field { "seed", &T::seed },
            Field { "now", &T::now },
            Field { "affiliates", &T::affiliates },
            Field { "customers", &T::customers },
            Field { "scaleCustomer", &T::scaleCustomer },
        };
    }
    friend bool operator==(const SandboxInfo&, const SandboxInfo&) = default;
};

} // namespace ff
