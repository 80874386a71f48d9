// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One of an offer's SupportedDevices: a device type and how it may play the title.
struct SupportedDevice
{
    std::optional<QString> deviceType;
    std::optional<bool> downloadable;
    std::optional<bool> streamable;

    static constexpr auto fields()
    {
        using T = SupportedDevice;
        return std::tuple {
            Field { "DeviceType", &T::deviceType },
            Field { "Downloadable", &T::downloadable },
            Field { "Streamable", &T::streamable },
        };
    }
    friend bool operator==(const SupportedDevice&, const SupportedDevice&) = default;
};

} // namespace ff
