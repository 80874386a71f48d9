// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Entitlement.h"
#include "api/dto/EntitlementV1.h"
#include "app/cli/OutputFormat.h"

#include <QByteArray>

namespace ff::cli {

// An entitlement (v2, with its family) or the v1 one a licence acknowledgement returns: the
// API's JSON object, CSV rows (one per entitlement of the family), or a readable summary.
struct EntitlementOutput
{
    static QByteArray format(const Entitlement& entitlement, OutputFormat format);
    static QByteArray format(const EntitlementV1& entitlement, OutputFormat format);
};

} // namespace ff::cli
