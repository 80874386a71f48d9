#pragma once

namespace ff {

struct JsonReadOptions {
    // A date written without an offset ("2025-09-04T07:11:51") is read as this many seconds
    // east of UTC. The API's dates carry offsets; some servers leave them off and mean UTC.
    int unspecifiedOffsetSeconds = 0;
    // Objects and arrays nested deeper than this are refused, whatever the field. Entitlements
    // nest two levels per generation (object, Children array), so this allows sixty.
    int maxDepth = 128;
};

} // namespace ff
