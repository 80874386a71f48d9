// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesDetail.h"
#include "api/dto/Field.h"
#include "api/dto/Identification.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// ResponseDataOfAccountPurchasesViewModel: the payload of a successful account purchases call.
struct AccountPurchasesData
{
    std::optional<Identification> identification;
    std::optional<QString> result;
    std::optional<AccountPurchasesDetail> detail;

    static constexpr auto fields()
    {
        using T = AccountPurchasesData;
        return std::tuple {
            Field { "Identification", &T::identification },
            Field { "Result", &T::result },
            Field { "Detail", &T::detail },
        };
    }
    friend bool operator==(const AccountPurchasesData&, const AccountPurchasesData&) = default;
};

} // namespace ff
