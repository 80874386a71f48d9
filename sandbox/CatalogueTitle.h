// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/CastMember.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ff::sandbox {

// One title of the fictional catalogue the sandbox sells from: a film, or a series, season or
// episode of a box set (a series contains seasons, a season contains episodes).
struct CatalogueTitle
{
    enum class Kind { Film, Series, Season, Episode };

    Kind kind = Kind::Film;
    int index = 0; // position in the catalogue; offer ids derive from it
    QString supplierRef;
    QString title;
    QString sortTitle;
    int releaseYear = 0;
    QString bbfcRating;
    int durationMinutes = 0;
    int priceTier = 1; // 0 catalogue, 1 standard, 2 new release
    QStringList genres;
    QList<CastMember> cast;
    QString synopsis;
    QString aspectRatio;
    bool audioDescription = false;
    QString parentRef;
    QStringList childRefs;
    // Sold only to the refund showcase's customers (RefundShowcase): never drawn for anyone else,
    // so that the platform's current entitlement for it is always one of theirs.
    bool showcase = false;

    bool isFilm() const { return kind == Kind::Film; }
};

} // namespace ff::sandbox
