// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// PurchaseOrderItemDTO (v2): one title bought or rented within an order, and what happened to
// it since (first play, licence, deletion). Every field may be null on the wire.
struct PurchaseOrderItem
{
    std::optional<qint64> id;
    std::optional<qint64> purchaseOrderId;
    std::optional<qint64> offerId;
    std::optional<Decimal> unitPrice;
    std::optional<QString> supplierRef;
    std::optional<DateTimeOffset> timeOfFirstPlay;
    std::optional<qint64> rentalTime; // days from the order until the rental ends
    std::optional<qint64> viewTime; // hours from first play until the rental ends
    std::optional<QString> title;
    std::optional<QString> bbfcRating;
    std::optional<qint64> duration;
    std::optional<bool> deleted;
    std::optional<bool> requiresPreRoll;
    std::optional<bool> persistentLicenseIssued;
    std::optional<bool> isDtr;
    std::optional<QString> supportedDevices;
    std::optional<QString> shippingIds;
    std::optional<QString> drmProfile;
    std::optional<bool> licenseAcknowledged;
    std::optional<qint64> entitlementTypeId;
    std::optional<DateTimeOffset> createdDate;
    std::optional<DateTimeOffset> timeUserFirstStreamed;
    std::optional<DateTimeOffset> timeUserFirstDownloaded;
    std::optional<qint64> deviceIdOfFirstPlay;
    std::optional<QString> paymentProvider;
    std::optional<QString> paymentProviderTransactionId;
    std::optional<bool> inherited;

    static constexpr auto fields()
    {
        using T = PurchaseOrderItem;
        return std::tuple {
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
            Field { "ShippingIds", &T::shippingIds },
            Field { "DrmProfile", &T::drmProfile },
            Field { "LicenseAcknowledged", &T::licenseAcknowledged },
            Field { "EntitlementTypeId", &T::entitlementTypeId },
            Field { "CreatedDate", &T::createdDate },
            Field { "TimeUserFirstStreamed", &T::timeUserFirstStreamed },
            Field { "TimeUserFirstDownloaded", &T::timeUserFirstDownloaded },
            Field { "DeviceIdOfFirstPlay", &T::deviceIdOfFirstPlay },
            Field { "PaymentProvider", &T::paymentProvider },
            Field { "PaymentProviderTransactionId", &T::paymentProviderTransactionId },
            Field { "Inherited", &T::inherited },
        };
    }
    friend bool operator==(const PurchaseOrderItem&, const PurchaseOrderItem&) = default;
};

} // namespace ff
