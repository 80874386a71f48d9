// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// PurchaseOrderStatusDTO: where an order stands (completed, refunded...).
struct PurchaseOrderStatus
{
    std::optional<qint64> id;
    std::optional<QString> code;
    std::optional<QString> name;

    static constexpr auto fields()
    {
        return std::tuple { Field { "Id", &PurchaseOrderStatus::id },
            Field { "Code", &PurchaseOrderStatus::code }, Field { "Name", &PurchaseOrderStatus::name } };
    }
    friend bool operator==(const PurchaseOrderStatus&, const PurchaseOrderStatus&) = default;
};

} // namespace ff
