// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One piece of a media item's Furniture: artwork or imagery by type.
struct Furniture
{
    std::optional<QString> uri;
    std::optional<QString> furnitureType;

    static constexpr auto fields()
    {
        using T = Furniture;
        return std::tuple {
            Field { "Uri", &T::uri },
            Field { "FurnitureType", &T::furnitureType },
        };
    }
    friend bool operator==(const Furniture&, const Furniture&) = default;
};

} // namespace ff
