// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/Field.h"

#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// The Error envelope of the admin accounts API. A response is an error when it carries a code or a reason; a
// null Error, or one with both empty, means success.
struct ResponseError
{
    std::optional<QString> errorCode;
    std::optional<QString> errorReason;

    static constexpr auto fields()
    {
        using T = ResponseError;
        return std::tuple {
            Field { "ErrorCode", &T::errorCode },
            Field { "ErrorReason", &T::errorReason },
        };
    }
    // Success is an Error whose code and reason are both empty (or absent).
    bool isError() const
    {
        return (errorCode && !errorCode->isEmpty()) || (errorReason && !errorReason->isEmpty());
    }

    friend bool operator==(const ResponseError&, const ResponseError&) = default;
};

} // namespace ff
