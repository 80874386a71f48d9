// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/TimeSpan.h"
#include "api/dto/EntitlementType.h"
#include "api/dto/Field.h"
#include "api/dto/MediaAsset.h"
#include "api/dto/MediaItem.h"
#include "api/dto/PurchaseOrderItem.h"
#include "api/dto/RegisteredDevice.h"

#include <QList>
#include <optional>
#include <tuple>

namespace ff {

// EntitlementDTO (v1): what acknowledging a licence returns. It carries fewer of the purchase
// order item's fields than v2 (no ShippingIds, no first-stream or first-download times, no
// payment references) and no parent or children; the members it inherits but does not list
// below stay empty.
struct EntitlementV1 : PurchaseOrderItem
{
    std::optional<EntitlementType> entitlementType;
    std::optional<DateTimeOffset> rentalExpiryTime;
    std::optional<TimeSpan> lastPlayPosition;
    std::optional<RegisteredDevice> registeredRegisteredDevice;
    std::optional<bool> transientLicenceIssued;
    std::optional<MediaItem> mediaItem;
    std::optional<QList<MediaAsset>> mediaAssets;

    static constexpr auto fields()
    {
        using T = EntitlementV1;
        return std::tuple {
            Field { "EntitlementType", &T::entitlementType },
            Field { "RentalExpiryTime", &T::rentalExpiryTime },
            Field { "LastPlayPosition", &T::lastPlayPosition },
            Field { "RegisteredRegisteredDevice", &T::registeredRegisteredDevice },
            Field { "TransientLicenceIssued", &T::transientLicenceIssued },
            Field { "MediaItem", &T::mediaItem },
            Field { "MediaAssets", &T::mediaAssets },
            Field { "Id", &T::id },
            Field { "PurchaseOrderId", &T::purchaseOrderId },
            Field { "OfferId", &T::offerId },
            Field { "UnitPrice", &T::unitPrice },
            Field { "SupplierRef", &T::supplierRef },
            Field { "TimeOfFirstPlay", &T::timeOfFirstPlay },
            Field { "RentalTime", &T::rentalTime },
            Field { "ViewTime", &T::viewTime },
            Field { "Title", &T::title },
            Field { "BbfcRating", &T::bbfcRating },
            Field { "Duration", &T::duration },
            Field { "Deleted", &T::deleted },
            Field { "RequiresPreRoll", &T::requiresPreRoll },
            Field { "PersistentLicenseIssued", &T::persistentLicenseIssued },
            Field { "IsDtr", &T::isDtr },
            Field { "SupportedDevices", &T::supportedDevices },
            Field { "DrmProfile", &T::drmProfile },
            Field { "LicenseAcknowledged", &T::licenseAcknowledged },
            Field { "EntitlementTypeId", &T::entitlementTypeId },
        };
    }
    friend bool operator==(const EntitlementV1&, const EntitlementV1&) = default;
};

} // namespace ff
