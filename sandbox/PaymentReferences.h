// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/PaymentProvider.h"
#include "sandbox/SeededRandom.h"

#include <QString>
#include <QUuid>
#include <optional>

namespace ff::sandbox {

// The payment providers of data/payments.json and the references they give out: which one a
// customer paid with, its transaction ids and its id for the customer.
class PaymentReferences final
{
public:
    // The provider of that name; the first one if there is none.
    static const PaymentProvider& provider(QStringView name);
    // The first provider: card payments, what box sets and bulk orders are paid with.
    static const PaymentProvider& card();
    // The provider a customer chose at checkout: one of those offered, a rare one rarely.
    static const PaymentProvider& choose(SeededRandom& random);

    // Text in a format of '#' (a digit), '*' (a letter or digit, never I or O) and literals;
    // runs of placeholders are drawn last run first.
    static QString code(SeededRandom& random, QStringView format);
    static QString transactionId(SeededRandom& random, const PaymentProvider& provider);
    // The provider's own id for the customer, where it has one; the same on every order.
    static std::optional<QString> shopperReference(
        const PaymentProvider& provider, const QString& storefrontPrefix, const QUuid& customerId);
};

} // namespace ff::sandbox
