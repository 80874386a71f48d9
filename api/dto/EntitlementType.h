// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// EntitlementTypeDTO: the kind of entitlement acquired (rental, purchase...).
struct EntitlementType
{
    std::optional<qint64> id;
    std::optional<QString> name;

    static constexpr auto fields()
    {
        using T = EntitlementType;
        return std::tuple {
            Field { "Id", &T::id },
            Field { "Name", &T::name },
        };
    }
    friend bool operator==(const EntitlementType&, const EntitlementType&) = default;
};

} // namespace ff
