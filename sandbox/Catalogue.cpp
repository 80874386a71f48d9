// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Catalogue.h"

#include "api/core/GuidText.h"
#include "sandbox/DataResources.h"
#include "sandbox/SeededRandom.h"

namespace ff::sandbox {

namespace {

using namespace Qt::StringLiterals;

QString slug(const QString& supplierRef)
{
    QString result;
    for (const QChar c : supplierRef.toLower())
        result += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : QLatin1Char('-');
    return result;
}

QString durationText(int minutes)
{
    return QStringLiteral("%1:%2:00")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

qint64 ticksOfDate(int year, int month, int day, int offsetSeconds)
{
    const std::optional<DateTimeOffset> date = DateTimeOffset::parse(QStringLiteral("%1-%2-%3T00:00:00")
                                                                         .arg(year, 4, 10, QLatin1Char('0'))
                                                                         .arg(month, 2, 10, QLatin1Char('0'))
                                                                         .arg(day, 2, 10, QLatin1Char('0')),
        offsetSeconds);
    return date ? date->utcTicks() : 0;
}

} // namespace

const QStringList& Catalogue::bbfcRatings()
{
    return DataResources::get().bbfcRatings;
}

Catalogue::Catalogue()
    : m_titles(DataResources::get().titles)
{
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        m_titles[i].index = int(i);
        m_byRef.insert(m_titles.at(i).supplierRef.toCaseFolded(), i);
    }
}

QList<const CatalogueTitle*> Catalogue::films() const
{
    QList<const CatalogueTitle*> result;
    for (const CatalogueTitle& title : m_titles) {
        if (title.isFilm() && !title.showcase)
            result.append(&title);
    }
    return result;
}

const CatalogueTitle* Catalogue::find(QStringView supplierRef) const
{
    const auto it = m_byRef.constFind(supplierRef.toString().toCaseFolded());
    return it == m_byRef.cend() ? nullptr : &m_titles.at(*it);
}

qint64 Catalogue::offerId(const CatalogueTitle& title, const Affiliate& affiliate, OfferKind kind) const
{
    return qint64(affiliate.id) * 100'000 + 10'000 + qint64(title.index) * 10 + int(kind);
}

Decimal Catalogue::price(const CatalogueTitle& title, const Affiliate& affiliate, OfferKind kind) const
{
    switch (title.kind) {
    case CatalogueTitle::Kind::Series:
        return affiliate.boxSetPrice;
    case CatalogueTitle::Kind::Season:
    case CatalogueTitle::Kind::Episode:
        return Decimal::fromUnits(0, 2); // only sold inside the box set
    case CatalogueTitle::Kind::Film:
        break;
    }
    const QList<Decimal>& prices
        = kind == OfferKind::Rental ? affiliate.rentalPrices : affiliate.purchasePrices;
    return prices.at(qBound(0, title.priceTier, int(prices.size()) - 1));
}

QString Catalogue::certificate(const CatalogueTitle& title, const Affiliate& affiliate) const
{
    const qsizetype index = bbfcRatings().indexOf(title.bbfcRating);
    return index >= 0 && index < affiliate.localRatings.size() ? affiliate.localRatings.at(index)
                                                               : title.bbfcRating;
}

QString Catalogue::supportedDevicesText(OfferKind kind)
{
    return kind == OfferKind::Rental ? u"Web,iOS,Android,SmartTV,Chromecast"_s
                                     : u"Web,iOS,Android,SmartTV,Chromecast,Windows,Mac"_s;
}

MediaItem Catalogue::mediaItem(const CatalogueTitle& title, const Affiliate& affiliate) const
{
    const QString folder = slug(title.supplierRef);
    const quint64 hash = SeededRandom::stableHash(title.supplierRef.toUtf8());

    MediaItem item;
    item.supplierReference = title.supplierRef;
    item.title = title.title;
    item.sortTitle = title.sortTitle;
    QStringList keywords;
    for (const QString& genre : title.genres)
        keywords.append(genre.toLower());
    item.titleKeywords = keywords.join(u", "_s);
    item.releaseYear = title.releaseYear;
    item.certificate = certificate(title, affiliate);
    item.duration = durationText(title.durationMinutes);
    item.cast = title.cast;
    item.newsletterSynopsis = title.synopsis;
    item.trailerUri = u"https://media.filmflex.example/trailers/"_s + folder + u"/trailer.mp4"_s;
    item.furnitureBaseUrl = u"https://img.filmflex.example/furniture/"_s;
    item.furniture = QList<Furniture> {
        Furniture { folder + u"/poster_2x3.jpg"_s, u"Poster"_s },
        Furniture { folder + u"/landscape_16x9.jpg"_s, u"Landscape"_s },
        Furniture { folder + u"/hero_21x9.jpg"_s, u"Hero"_s },
    };
    const QString imdb = QStringLiteral("tt%1").arg(1'000'000 + hash % 9'000'000, 7, 10, QLatin1Char('0'));
    const QString eidr = QStringLiteral("10.5240/%1-%2-%3-%4-%5-%6")
                             .arg((hash >> 48) & 0xffff, 4, 16, QLatin1Char('0'))
                             .arg((hash >> 32) & 0xffff, 4, 16, QLatin1Char('0'))
                             .arg((hash >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
                             .arg(hash & 0xffff, 4, 16, QLatin1Char('0'))
                             .arg((hash >> 7) & 0xffff, 4, 16, QLatin1Char('0'))
                             .arg(QChar(QLatin1Char("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[hash % 36])))
                             .toUpper();
    item.externalIdentifiers = QList<ExternalIdentifier> {
        ExternalIdentifier { u"IMDB"_s, imdb },
        ExternalIdentifier { u"EIDR"_s, eidr },
    };

    // Offers open at the title's release (or the service's launch) and run to a fixed date, so
    // that they do not move with --now. The showcase's run to the end of the century, so that
    // its purchases are covered by an offer whatever --now (or today) is.
    const int startYear = qMax(title.releaseYear, 2016);
    const qint64 start = ticksOfDate(startYear, 1 + int(hash % 12), 1, affiliate.utcOffsetSeconds);
    const qint64 end
        = ticksOfDate(title.showcase ? 2099 : 2027 + int(hash % 3), 12, 31, affiliate.utcOffsetSeconds);
    auto devices = [](bool downloadable) {
        return QList<SupportedDevice> {
            SupportedDevice { u"Web"_s, false, true },
            SupportedDevice { u"iOS"_s, downloadable, true },
            SupportedDevice { u"Android"_s, downloadable, true },
            SupportedDevice { u"SmartTV"_s, false, true },
            SupportedDevice { u"Chromecast"_s, false, true },
        };
    };
    QList<Offer> offers;
    if (title.kind == CatalogueTitle::Kind::Season || title.kind == CatalogueTitle::Kind::Episode) {
        item.offers = offers; // sold only inside the box set: no offers of their own
        item.audioDescriptionAvailable = title.audioDescription;
        return item;
    }
    auto offer = [&](OfferKind kind) {
        Offer offer;
        offer.id = offerId(title, affiliate, kind);
        offer.startAvailability = affiliate.at(start);
        offer.endAvailability = affiliate.at(end);
        offer.price = price(title, affiliate, kind);
        offer.currency = affiliate.currency;
        offer.supportedDevices = devices(true);
        return offer;
    };
    if (title.kind == CatalogueTitle::Kind::Film) { // a box set is bought, never rented
        Offer rental = offer(OfferKind::Rental);
        rental.rentalTime = 30;
        rental.viewTime = 48;
        rental.assetTypeId = u"HD"_s;
        rental.offerType = u"Rental"_s;
        offers.append(rental);
    }
    Offer purchase = offer(OfferKind::Purchase);
    purchase.assetTypeId = title.priceTier == 2 ? u"UHD"_s : u"HD"_s;
    purchase.offerType = u"EST"_s;
    offers.append(purchase);
    item.offers = offers;
    item.audioDescriptionAvailable = title.audioDescription;
    return item;
}

QList<MediaAsset> Catalogue::mediaAssets(const CatalogueTitle& title) const
{
    if (title.kind == CatalogueTitle::Kind::Series || title.kind == CatalogueTitle::Kind::Season)
        return {}; // containers: the episodes carry the renditions
    const QString folder = slug(title.supplierRef);
    SeededRandom keys(SeededRandom::stableHash(title.supplierRef.toUtf8()));
    auto key = [&keys] { return QString::fromLatin1(GuidText::toText(keys.uuid())); };
    QList<MediaAsset> assets;
    assets.append(MediaAsset { u"Feature"_s, title.title + u" (HD)"_s,
        u"https://media.filmflex.example/dash/"_s + folder + u"/hd/manifest.mpd"_s, key(), title.aspectRatio,
        31, u"DASH CENC 1080p (Widevine, PlayReady)"_s });
    assets.append(MediaAsset { u"Feature"_s, title.title + u" (SD)"_s,
        u"https://media.filmflex.example/dash/"_s + folder + u"/sd/manifest.mpd"_s, key(), title.aspectRatio,
        21, u"DASH CENC 576p (Widevine, PlayReady)"_s });
    assets.append(MediaAsset { u"Feature"_s, title.title + u" (HLS)"_s,
        u"https://media.filmflex.example/hls/"_s + folder + u"/master.m3u8"_s, key(), title.aspectRatio, 41,
        u"HLS CBCS 1080p (FairPlay)"_s });
    if (title.isFilm()) {
        assets.append(MediaAsset { u"Trailer"_s, title.title + u" (Trailer)"_s,
            u"https://media.filmflex.example/trailers/"_s + folder + u"/trailer.mp4"_s, std::nullopt,
            u"16:9"_s, 5, u"MP4 H.264 720p (clear)"_s });
    }
    return assets;
}

} // namespace ff::sandbox
