// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/CastMember.h"
#include "api/dto/ExternalIdentifier.h"
#include "api/dto/Field.h"
#include "api/dto/Furniture.h"
#include "api/dto/Offer.h"

#include <QList>
#include <QString>
#include <optional>
#include <tuple>

namespace ff {

// MediaItemMidiDTO: the catalogue entry of a title, as an entitlement carries it.
struct MediaItem
{
    std::optional<QString> supplierReference;
    std::optional<QString> title;
    std::optional<QString> sortTitle;
    std::optional<QString> titleKeywords;
    std::optional<qint64> releaseYear;
    std::optional<QString> certificate;
    std::optional<QString> duration; // a string on the wire, for example "01:52:00"
    std::optional<QList<CastMember>> cast;
    std::optional<QString> newsletterSynopsis;
    std::optional<QString> trailerUri;
    std::optional<QString> furnitureBaseUrl;
    std::optional<QList<Furniture>> furniture;
    std::optional<QList<ExternalIdentifier>> externalIdentifiers;
    std::optional<QList<Offer>> offers;
    std::optional<bool> audioDescriptionAvailable;

    static constexpr auto fields()
    {
        using T = MediaItem;
        return std::tuple {
            Field { "SupplierReference", &T::supplierReference },
            Field { "Title", &T::title },
            Field { "SortTitle", &T::sortTitle },
            Field { "TitleKeywords", &T::titleKeywords },
            Field { "ReleaseYear", &T::releaseYear },
            Field { "Certificate", &T::certificate },
            Field { "Duration", &T::duration },
            Field { "Cast", &T::cast },
            Field { "NewsletterSynopsis", &T::newsletterSynopsis },
            Field { "TrailerUri", &T::trailerUri },
            Field { "FurnitureBaseUrl", &T::furnitureBaseUrl },
            Field { "Furniture", &T::furniture },
            Field { "ExternalIdentifiers", &T::externalIdentifiers },
            Field { "Offers", &T::offers },
            Field { "AudioDescriptionAvailable", &T::audioDescriptionAvailable },
        };
    }
    friend bool operator==(const MediaItem&, const MediaItem&) = default;
};

} // namespace ff
