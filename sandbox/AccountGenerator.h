// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/dto/AccountPurchasesDetail.h"
#include "sandbox/Affiliate.h"
#include "sandbox/Person.h"
#include "sandbox/SeededRandom.h"

namespace ff::sandbox {

// A customer's account at the admin service: billing details from the person, and up to a
// year and a half of credit purchases priced from data/prices.json, oldest first. Invoice
// numbers are left to IdAssigner, which numbers every account's purchases by date.
class AccountGenerator final
{
public:
    explicit AccountGenerator(DateTimeOffset now);

    AccountPurchasesDetail account(
        const Person& person, const QString& email, const Affiliate& affiliate, SeededRandom& random) const;

private:
    DateTimeOffset m_now;
};

} // namespace ff::sandbox
