// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/Field.h"

#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// RegisteredDeviceDTO: a customer's device that a persistent licence was issued to.
struct RegisteredDevice
{
    std::optional<qint64> id;
    std::optional<qint64> deviceTypeId;
    std::optional<QString> deviceTypeName;
    std::optional<QString> deviceName;
    std::optional<QUuid> userId;
    std::optional<DateTimeOffset> updatedDate;
    std::optional<bool> isActive;
    std::optional<QUuid> clientId;
    std::optional<bool> canDelete;

    static constexpr auto fields()
    {
        using T = RegisteredDevice;
        return std::tuple {
            Field { "Id", &T::id },
            Field { "DeviceTypeId", &T::deviceTypeId },
            Field { "DeviceTypeName", &T::deviceTypeName },
            Field { "DeviceName", &T::deviceName },
            Field { "UserId", &T::userId },
            Field { "UpdatedDate", &T::updatedDate },
            Field { "IsActive", &T::isActive },
            Field { "ClientId", &T::clientId },
            Field { "CanDelete", &T::canDelete },
        };
    }
    friend bool operator==(const RegisteredDevice&, const RegisteredDevice&) = default;
};

} // namespace ff
