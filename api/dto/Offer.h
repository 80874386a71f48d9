// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/Field.h"
#include "api/dto/SupportedDevice.h"

#include <QList>
#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// One of a media item's Offers: a price in a currency, a window of availability, and the
// devices it plays on.
struct Offer
{
    std::optional<qint64> id;
    std::optional<DateTimeOffset> startAvailability;
    std::optional<DateTimeOffset> endAvailability;
    std::optional<Decimal> price;
    std::optional<QString> currency;
    std::optional<qint64> rentalTime;
    std::optional<qint64> viewTime;
    std::optional<QString> assetTypeId;
    std::optional<QList<SupportedDevice>> supportedDevices;
    std::optional<QString> offerType;

    static constexpr auto fields()
    {
        using T = Offer;
        return std::tuple {
            Field { "Id", &T::id },
            Field { "StartAvailability", &T::startAvailability },
            Field { "EndAvailability", &T::endAvailability },
            Field { "Price", &T::price },
            Field { "Currency", &T::currency },
            Field { "RentalTime", &T::rentalTime },
            Field { "ViewTime", &T::viewTime },
            Field { "AssetTypeId", &T::assetTypeId },
            Field { "SupportedDevices", &T::supportedDevices },
            Field { "OfferType", &T::offerType },
        };
    }
    friend bool operator==(const Offer&, const Offer&) = default;
};

} // namespace ff
