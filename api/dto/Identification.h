// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// Who an account purchases response is about.
struct Identification
{
    std::optional<QString> userId;

    static constexpr auto fields()
    {
        using T = Identification;
        return std::tuple {
            Field { "UserId", &T::userId },
        };
    }
    friend bool operator==(const Identification&, const Identification&) = default;
};

} // namespace ff
