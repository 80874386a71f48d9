// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

namespace ff::fuzz {

// A property every input must keep (a round trip, an invariant of the arithmetic). When one
// does not hold the fuzzer stops like a crash, so libFuzzer saves the input and the run fails.
inline void check(bool holds, const char* property, const QByteArray& detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "\n==fuzz== property does not hold: %s\n%s\n", property, detail.constData());
    std::abort();
}

} // namespace ff::fuzz
