// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/Field.h"
#include "api/dto/PurchaseOrderItem.h"
#include "api/dto/PurchaseOrderStatus.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// PurchaseOrderDTO (v2): one checkout of a customer, with its items and payment references.
struct PurchaseOrder
{
    std::optional<qint64> id;
    std::optional<QUuid> merchantRef;
    std::optional<QUuid> customerId;
    std::optional<PurchaseOrderStatus> status;
    std::optional<QString> offerType;
    std::optional<DateTimeOffset> createDate;
    std::optional<QList<PurchaseOrderItem>> purchaseOrderItemDtos;
    std::optional<QString> paymentProvider;
    std::optional<QString> paymentProviderCustomerId;
    std::optional<QString> paymentProviderTransactionId;
    std::optional<QString> paymentProviderRefundTransId;
    std::optional<qint64> offerTypeId;

    static constexpr auto fields()
    {
        using T = PurchaseOrder;
        return std::tuple {
            Field { "Id", &T::id },
            Field { "MerchantRef", &T::merchantRef },
            Field { "CustomerId", &T::customerId },
            Field { "Status", &T::status },
            Field { "OfferType", &T::offerType },
            Field { "CreateDate", &T::createDate },
            Field { "PurchaseOrderItemDtos", &T::purchaseOrderItemDtos },
            Field { "PaymentProvider", &T::paymentProvider },
            Field { "PaymentProviderCustomerId", &T::paymentProviderCustomerId },
            Field { "PaymentProviderTransactionId", &T::paymentProviderTransactionId },
            Field { "PaymentProviderRefundTransId", &T::paymentProviderRefundTransId },
            Field { "OfferTypeId", &T::offerTypeId },
        };
    }
    friend bool operator==(const PurchaseOrder&, const PurchaseOrder&) = default;
};

} // namespace ff
