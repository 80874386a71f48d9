// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/Entitlement.h"

namespace ff {

bool operator==(const Entitlement&, const Entitlement&) = default;

} // namespace ff
