// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ff {

struct JsonReadOptions
{
    // A date written without an offset ("2025-09-04T07:11:51") is read as this many seconds
    // east of UTC. The API's dates carry offsets; some servers leave them off and mean UTC.
    int unspecifiedOffsetSeconds = 0;
    // Objects and arrays nested deeper than this are refused, whatever the field. Entitlements
    // nest two levels per generation (object, Children array), so this allows sixty.
    int maxDepth = 128;
    // How many objects Json.NET's "$ref" references may repeat, each counted with everything
    // inside it. A reference stands for a whole copy of what it names, so a body of a few KB
    // whose references name objects made of references would otherwise hold billions of
    // objects, and hang whatever writes or shows them.
    qint64 maxReferencedObjects = 100'000;
};

} // namespace ff
