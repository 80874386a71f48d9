// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QByteArray>
#include <QString>

namespace ff {

// One path segment of a request URL, percent-encoded on its own so that a username such as
// "o'brien+test/../x@example.co.uk" or a supplier ref with "/", "?", "#" or "%" reaches the
// server as exactly one segment, unchanged.
struct PathSegment
{
    // The encoded segment, or why the value cannot be one: empty, or exactly "." or "..",
    // which URL normalisation would remove or turn into a step up the path.
    static Result<QByteArray, QString> encode(const QString& value, const QString& what);
};

} // namespace ff
