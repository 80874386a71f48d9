// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// One registered device of a sandbox customer, as /_sandbox/info lists it.
struct SandboxDevice
{
    std::optional<qint64> id;
    std::optional<QUuid> clientId;
    std::optional<QString> name;
    std::optional<QString> type;

    static constexpr auto fields()
    {
        using T = SandboxDevice;
        return std::tuple {
            Field { "id", &T::id },
            Field { "clientId", &T::clientId },
            Field { "name", &T::name },
            Field { "type", &T::type },
        };
    }
    friend bool operator==(const SandboxDevice&, const SandboxDevice&) = default;
};

} // namespace ff
