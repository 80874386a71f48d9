// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One of a media item's ExternalIdentifiers (for example an IMDb id).
struct ExternalIdentifier
{
    std::optional<QString> key;
    std::optional<QString> value;

    static constexpr auto fields()
    {
        using T = ExternalIdentifier;
        return std::tuple {
            Field { "Key", &T::key },
            Field { "Value", &T::value },
        };
    }
    friend bool operator==(const ExternalIdentifier&, const ExternalIdentifier&) = default;
};

} // namespace ff
