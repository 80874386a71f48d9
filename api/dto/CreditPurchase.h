// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/Field.h"

#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// One credit purchase of an account (an element of Purchases; <Purchase> in XML).
struct CreditPurchase
{
    std::optional<QString> currency;
    std::optional<DateTimeOffset> datePurchased;
    std::optional<Decimal> grossTotal;
    std::optional<QUuid> id;
    std::optional<qint64> invoiceNumber;
    std::optional<Decimal> netTotal;
    std::optional<bool> paid;
    std::optional<QString> purchaseType;
    std::optional<Decimal> quantity;
    std::optional<Decimal> tax;
    std::optional<Decimal> unitPrice;

    static constexpr auto fields()
    {
        using T = CreditPurchase;
        return std::tuple {
            Field { "Currency", &T::currency },
            Field { "DatePurchased", &T::datePurchased },
            Field { "GrossTotal", &T::grossTotal },
            Field { "ID", &T::id },
            Field { "InvoiceNumber", &T::invoiceNumber },
            Field { "NetTotal", &T::netTotal },
            Field { "Paid", &T::paid },
            Field { "PurchaseType", &T::purchaseType },
            Field { "Quantity", &T::quantity },
            Field { "Tax", &T::tax },
            Field { "UnitPrice", &T::unitPrice },
        };
    }
    friend bool operator==(const CreditPurchase&, const CreditPurchase&) = default;
};

} // namespace ff
