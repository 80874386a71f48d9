// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One credit of a media item's Cast (actor, director...).
struct CastMember
{
    std::optional<QString> type;
    std::optional<QString> fullName;

    static constexpr auto fields()
    {
        using T = CastMember;
        return std::tuple {
            Field { "Type", &T::type },
            Field { "FullName", &T::fullName },
        };
    }
    friend bool operator==(const CastMember&, const CastMember&) = default;
};

} // namespace ff
