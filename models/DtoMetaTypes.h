// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/domain/CurrencyTotal.h"
#include "api/dto/CreditPurchase.h"
#include "api/dto/Entitlement.h"
#include "api/dto/PurchaseOrder.h"
#include "api/dto/PurchaseOrderItem.h"

#include <QMetaType>
#include <type_traits>

// An Entitlement holds a list of Entitlements (its children). QMetaType asks whether a type has
// operator== by looking through containers, which for a type that contains itself asks the
// question again while answering it and fails to compile. It has one (defaulted); say so.
template <> struct QTypeTraits::has_operator_equal<ff::Entitlement> : std::true_type
{
};
template <> struct QTypeTraits::has_operator_less_than<ff::Entitlement> : std::false_type
{
};

// The DTOs the models hand out through QVariant (OrderRole, ItemRole...), declared here rather
// than in api/ because only the models put them in variants.
Q_DECLARE_METATYPE(ff::PurchaseOrder)
Q_DECLARE_METATYPE(ff::PurchaseOrderItem)
Q_DECLARE_METATYPE(ff::Entitlement)
Q_DECLARE_METATYPE(ff::CreditPurchase)
Q_DECLARE_METATYPE(ff::CurrencyTotal)
