// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff {

// A short, readable excerpt of an error body for a person: ASP.NET's {"Message": ...}, an HTML
// page's title or text, or the first line of anything else.
struct BodyExcerpt
{
    static constexpr int MaxLength = 200;
    static QString of(const QByteArray& body, const QByteArray& contentType);
};

} // namespace ff
