// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// An account's billing contact.
struct BillingDetails
{
    std::optional<QString> address;
    std::optional<QString> company;
    std::optional<QString> email;
    std::optional<QString> mobile;
    std::optional<QString> phone;

    static constexpr auto fields()
    {
        using T = BillingDetails;
        return std::tuple {
            Field { "Address", &T::address },
            Field { "Company", &T::company },
            Field { "Email", &T::email },
            Field { "Mobile", &T::mobile },
            Field { "Phone", &T::phone },
        };
    }
    friend bool operator==(const BillingDetails&, const BillingDetails&) = default;
};

} // namespace ff
