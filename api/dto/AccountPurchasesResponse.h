// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/AccountPurchasesData.h"
#include "api/dto/Field.h"
#include "api/dto/ResponseError.h"

#include <optional>
#include <tuple>

namespace ff {

// ResponseOfAccountPurchasesViewModel: the admin accounts API's envelope, an Error beside the
// ResponseData. It is an error when Error carries a code or a reason.
struct AccountPurchasesResponse
{
    std::optional<ResponseError> error;
    std::optional<AccountPurchasesData> responseData;

    bool isError() const { return error && error->isError(); }

    static constexpr auto fields()
    {
        using T = AccountPurchasesResponse;
        return std::tuple {
            Field { "Error", &T::error },
            Field { "ResponseData", &T::responseData },
        };
    }
    friend bool operator==(const AccountPurchasesResponse&, const AccountPurchasesResponse&) = default;
};

} // namespace ff
