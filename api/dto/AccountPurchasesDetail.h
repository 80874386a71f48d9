// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/BillingDetails.h"
#include "api/dto/CreditPurchase.h"
#include "api/dto/Field.h"

#include <QList>
#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// The Detail of an account purchases response: billing contact, purchase rules and purchases.
struct AccountPurchasesDetail
{
    std::optional<BillingDetails> billingDetails;
    std::optional<bool> isPurchaseAllowed;
    std::optional<bool> isPurchaseOrderRequired;
    std::optional<QString> purchaseOrder;
    std::optional<QList<CreditPurchase>> purchases;

    static constexpr auto fields()
    {
        using T = AccountPurchasesDetail;
        return std::tuple {
            Field { "BillingDetails", &T::billingDetails },
            Field { "IsPurchaseAllowed", &T::isPurchaseAllowed },
            Field { "IsPurchaseOrderRequired", &T::isPurchaseOrderRequired },
            Field { "PurchaseOrder", &T::purchaseOrder },
            Field { "Purchases", &T::purchases },
        };
    }
    friend bool operator==(const AccountPurchasesDetail&, const AccountPurchasesDetail&) = default;
};

} // namespace ff
