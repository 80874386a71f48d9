// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/JsonRoundTrip.h"

// readJson<EntitlementV1>: a v1 entitlement (the api/License/AcknowledgeLicenseIssued response).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return ff::fuzz::jsonRoundTrip<ff::EntitlementV1>(data, size);
}
