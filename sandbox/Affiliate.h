// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ff::sandbox {

// One FilmFlex storefront: its own currency, clock and price list. The platform writes every
// date of an affiliate's customers with that affiliate's UTC offset.
struct Affiliate
{
    int id = 0;
    QString name;
    QString currency;
    int utcOffsetSeconds = 0;
    // Prefix of the payment provider's shopper references ("FFUK").
    QString shopperPrefix;
    // The local rating for each BBFC rating in Catalogue::BbfcRatings, same index.
    QStringList localRatings;
    // By price tier: catalogue, standard, new release.
    QList<Decimal> rentalPrices;
    QList<Decimal> purchasePrices;
    Decimal boxSetPrice;

    // An instant written as this affiliate writes it: its offset, 7 fractional digits.
    DateTimeOffset at(qint64 utcTicks) const
    {
        return DateTimeOffset::fromUtcTicks(utcTicks, utcOffsetSeconds, DateTimeOffset::Zone::Offset);
    }
    QString utcOffsetText() const
    {
        const int magnitude = utcOffsetSeconds < 0 ? -utcOffsetSeconds : utcOffsetSeconds;
        return QStringLiteral("%1%2:%3")
            .arg(utcOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
            .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'));
    }
};

} // namespace ff::sandbox
