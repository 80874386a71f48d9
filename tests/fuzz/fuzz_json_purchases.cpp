// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/JsonRoundTrip.h"

// readJson<AccountPurchasesResponse>: the admin API's account purchases envelope
// (api/v1/admin/accounts/.../purchases).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ff::fuzz::jsonRoundTrip<ff::AccountPurchasesResponse>(data, size);
}
