// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One affiliate of the sandbox's data, as /_sandbox/info lists it.
struct SandboxAffiliate
{
    std::optional<qint64> id;
    std::optional<QString> name;
    std::optional<QString> currency;
    std::optional<QString> utcOffset; // "+01:00"

    static constexpr auto fields()
    {
        using T = SandboxAffiliate;
        return std::tuple {
            Field { "id", &T::id },
            Field { "name", &T::name },
            Field { "currency", &T::currency },
            Field { "utcOffset", &T::utcOffset },
        };
    }
    friend bool operator==(const SandboxAffiliate&, const SandboxAffiliate&) = default;
};

} // namespace ff
