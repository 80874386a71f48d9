// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "api/core/Result.h"

#include <QTest>
#include <optional>

namespace ff::test {

// Runs one client call to its end (the client is asynchronous; tests may wait).
template <class T, class Start> Result<T, ApiError> await(Start start, int timeoutMs = 30'000)
{
    std::optional<Result<T, ApiError>> outcome;
    start([&outcome](Result<T, ApiError> result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("the test gave up waiting"));
    return std::move(*outcome);
}

} // namespace ff::test
