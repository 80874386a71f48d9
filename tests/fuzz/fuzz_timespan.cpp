// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/TimeSpan.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using ff::TimeSpan;
using ff::fuzz::check;

// TimeSpan::parse: .NET's constant format, [-][d.]hh:mm:ss[.fffffff] (and [-]d, [-][d.]hh:mm).
// What reads writes back with toString() to text that reads as the same number of ticks.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<TimeSpan> span = TimeSpan::parse(text);
    if (!span)
        return 0;
    const QByteArray written = span->toString();
    const std::optional<TimeSpan> again
        = TimeSpan::parse(std::string_view(written.constData(), size_t(written.size())));
    check(again && *again == *span, "parse(toString(x)) == x", written);
    check(
        span->totalMilliseconds() == span->ticks() / 10'000, "totalMilliseconds() is ticks / 10000", written);
    return 0;
}
