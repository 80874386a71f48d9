// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmarks/Responses.h"

namespace ff::perf {

// Reading a purchase-orders response into DTOs (readJson) against QJsonDocument::fromJson
// alone, the DOM parse every Qt client pays before it has read a single field.
void registerParseBenchmarks(const QList<Response>& responses);

} // namespace ff::perf
