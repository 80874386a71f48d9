// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::sandbox {

// A payment provider and the shape of its references (data/payments.json), so that an agent
// sees what they would see in the provider's own back office.
struct PaymentProvider
{
    // The provider's own id for the customer.
    enum class ShopperReference {
        None, // gift cards and promotions have none
        Storefront, // a shopper reference we gave the provider: the affiliate's prefix and a number
        Payer, // the provider's payer id (PayPal)
    };

    QString name;
    // The transaction id's shape: '#' a digit, '*' a letter or digit, anything else as it is.
    QString transactionFormat;
    ShopperReference shopperReference = ShopperReference::None;
    bool offered = false; // customers choose it at checkout
    int keptPercent = 100; // how often a choice of it stands; otherwise the first provider is used
};

} // namespace ff::sandbox
