// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/SharedValue.h"
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

// EntitlementDTO (v2): what a customer may currently watch for one purchase order item, with
// the item's own fields, the media item and, on request, the parent and child entitlements
// (a box set and its episodes).
//
// The API's Parent and Children refer to each other. A serializer breaks that loop by leaving
// out a back-reference or by writing a Json.NET "$ref"; a reference back to an entitlement that
// encloses this one is therefore left empty here, since the enclosing one is already known.
struct Entitlement : PurchaseOrderItem
{
    std::optional<EntitlementType> entitlementType;
    std::optional<DateTimeOffset> rentalExpiryTime;
    std::optional<TimeSpan> lastPlayPosition;
    std::optional<RegisteredDevice> registeredRegisteredDevice; // sic: the API's own name
    std::optional<bool> transientLicenceIssued;
    std::optional<MediaItem> mediaItem;
    std::optional<QList<MediaAsset>> mediaAssets;
    std::optional<QList<Entitlement>> children;
    SharedValue<Entitlement> parent;
    std::optional<bool> hide;
    std::optional<DateTimeOffset> poCreatedDate;

    static constexpr auto fields()
    {
        using T = Entitlement;
        return std::tuple_cat(
            std::tuple {
                Field { "EntitlementType", &T::entitlementType },
                Field { "RentalExpiryTime", &T::rentalExpiryTime },
                Field { "LastPlayPosition", &T::lastPlayPosition },
                Field { "RegisteredRegisteredDevice", &T::registeredRegisteredDevice },
                Field { "TransientLicenceIssued", &T::transientLicenceIssued },
                Field { "MediaItem", &T::mediaItem },
                Field { "MediaAssets", &T::mediaAssets },
                Field { "Children", &T::children },
                Field { "Parent", &T::parent },
                Field { "Hide", &T::hide },
                Field { "PoCreatedDate", &T::poCreatedDate },
            },
            PurchaseOrderItem::fields());
    }
    // Memberwise, defaulted in Entitlement.cpp rather than here: defaulting it in the class makes
    // clang answer QTypeTraits::has_operator_equal<Entitlement> (through QList<Entitlement>)
    // wherever this header is included, before models/DtoMetaTypes.h can specialise it.
    friend bool operator==(const Entitlement&, const Entitlement&);
};

} // namespace ff
