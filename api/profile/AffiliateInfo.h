// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

// What a profile knows of an affiliate beyond its id: a name agents recognise, and the
// currency its order items are priced in (order items carry no currency on the wire).
struct AffiliateInfo
{
    qint64 id = 0;
    QString name;
    QString currency; // ISO 4217, e.g. "GBP"; empty when unknown

    friend bool operator==(const AffiliateInfo&, const AffiliateInfo&) = default;
};

} // namespace ff
