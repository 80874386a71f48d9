// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Catalogue.h"

#include "api/core/GuidText.h"
#include "sandbox/SeededRandom.h"

namespace ff::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct FilmRow
{
    const char* supplierRef;
    const char* title;
    const char* sortTitle;
    int year;
    const char* bbfc;
    int minutes;
    int tier;
    const char* genres;
    const char* credits; // "Director|Actor|Actor|Actor"
    const char* synopsis;
};

// Fictional films. The supplier refs come from several fictional distributors, each with its
// own format; one (Meridian's restored cut) carries '/', '?', '#' and '%', which a client must
// percent-encode inside a single path segment.
constexpr FilmRow Films[] = {
    { "ARC-004121", "The Last Ferry", "Last Ferry, The", 2021, "12A", 104, 1, "Drama|Romance",
        "Helen Marsh|Tom Ashby|Clara Dunmore|Rhys Penhallow",
        "When a storm strands the last ferry of the season at a Hebridean pier, two strangers have one night "
        "to "
        "decide what they are running from." },
    { "ARC-004388", "Copper Lane", "Copper Lane", 2019, "15", 118, 0, "Crime|Thriller",
        "Daniel Okoro|Marcus Fenwick|Leah Brannigan|Owen Tait",
        "A Salford detective weeks from retirement reopens the warehouse fire that ended his partner's "
        "career." },
    { "MERIDIAN/NTL?cut=directors#100%", "Night Train: Director's Cut", "Night Train: Director's Cut", 2018,
        "15", 131, 0, "Thriller|Mystery", "Anouk Verhoeven|Sander Maes|Elif Kaya|Pieter de Wit",
        "The restored cut of the cult thriller: six passengers, one sleeper carriage from Brussels to "
        "Vienna, and a "
        "briefcase nobody will admit to owning." },
    { "NWF-77801", "Paper Kites", "Paper Kites", 2022, "PG", 96, 1, "Family|Comedy",
        "Grace Abernethy|Millie Rowntree|Arthur Quayle|Sunita Varma",
        "Nine-year-old Ada enters the village kite festival to win back her grandad's allotment." },
    { "NWF-77934", "Saltwater", "Saltwater", 2020, "15", 109, 0, "Drama",
        "Joanna Pryce|Callum Reid|Hattie Beaumont|Gwilym Morgan",
        "An estranged brother and sister return to their late father's failing oyster farm on the Essex "
        "coast." },
    { "SLX_3318_HD", "The Quiet Orbit", "Quiet Orbit, The", 2023, "12A", 127, 2, "Science Fiction|Drama",
        "Mira Castellanos|Noor Haddad|Jonas Lindgren|Femi Adeyemi",
        "The last engineer aboard a decommissioned space station discovers that the shutdown schedule has "
        "been "
        "rewritten, and that she is not alone." },
    { "SLX_2210_HD", "Dust & Glory", "Dust & Glory", 2017, "12", 141, 0, "Western|Adventure",
        "Walt Brennan|Cody Harlan|Rosa Delgado|Eli Whitcombe",
        "A disgraced cavalry scout escorts a widow's cattle drive across the Staked Plains, pursued by the "
        "men who "
        "burned her ranch." },
    { "ARC-005002", "Midnight at the Majestic", "Midnight at the Majestic", 2024, "PG", 102, 2,
        "Comedy|Romance", "Priya Lal|Benedict Hale|Ruby Okonkwo|Stan Mitchell",
        "The night before a seaside cinema is demolished, its projectionist and a property developer get "
        "locked in "
        "together." },
    { "PNT-10442", "Ironhill", "Ironhill", 2016, "18", 112, 0, "Horror",
        "Conor Flanagan|Erin Hollis|Dafydd Rees|Martha Crane",
        "Student geologists surveying an abandoned Pennine mine find the shafts are deeper than any map "
        "admits." },
    { "PNT-10517", "The Cartographer's Daughter", "Cartographer's Daughter, The", 2019, "12A", 124, 0,
        "Drama|History", "Isabel Fairfax|Lydia Marchmont|Henry Aldous|Tobias Wren",
        "Edinburgh, 1851: a mapmaker's daughter finishes her father's survey of the Highlands in secret, and "
        "finds "
        "the estates he was paid to erase." },
    { "NWF-78110", "Borrowed Time", "Borrowed Time", 2023, "15", 99, 2, "Thriller",
        "Kasia Nowak|Adam Lisowski|Chloe Barrington|Nikhil Rao",
        "A night-shift pawnbroker accepts a pocket watch that belonged to a man who has not been born yet." },
    { "SLX_3520_UHD", "Glasshouse", "Glasshouse", 2024, "15", 115, 2, "Mystery|Thriller",
        "Oona Gallagher|Felix Marlowe|Annika Strand|Jude Amankwah",
        "Five botanists, one Victorian glasshouse in a January blizzard, and a rare orchid that is worth "
        "killing for." },
    { "ARC-004777", "Fifteen Love", "Fifteen Love", 2021, "12A", 101, 1, "Sport|Drama",
        "Lauren Whitby|Maisie Calder|Dev Chauhan|Roger Pell",
        "A washed-up club coach bets everything on a sixteen-year-old qualifier at a wet Eastbourne "
        "tournament." },
    { "PNT-10630", "Pip and the Long Way Round", "Pip and the Long Way Round", 2018, "U", 88, 0,
        "Animation|Family", "Ellie Goodwin|Sam Tolley|Bethan Lloyd|Oscar Minns",
        "A homesick hedgehog takes the scenic route from Cornwall to the Shetlands to find his family." },
    { "MERIDIAN-0782", "Black Tarn", "Black Tarn", 2022, "15", 106, 1, "Crime|Drama",
        "Ruth Ellery|Graham Stott|Nadia Sheikh|Ewan Lister",
        "The body of a Lakeland fell runner surfaces in a tarn that has been frozen solid for three weeks." },
    { "MERIDIAN-0815", "Sundays in Lisbon", "Sundays in Lisbon", 2020, "12", 97, 0, "Romance|Drama",
        "Beatriz Sousa|Tiago Ramos|Helena Cardoso|Miles Ferrand",
        "An English translator and a Lisbon tram driver meet every Sunday for a year and never exchange "
        "surnames." },
    { "SLX_2987_HD", "Overclock", "Overclock", 2021, "15", 113, 1, "Action|Thriller",
        "Jae-won Park|Kenji Arakawa|Tasha Greene|Viktor Sorensen",
        "A burned-out esports champion is hired to fly a drone swarm for a heist on a Rotterdam container "
        "port." },
    { "NWF-78254", "Wild Geese Over Galway", "Wild Geese Over Galway", 2023, "PG", 94, 1, "Drama|Family",
        "Siobhan Keane|Padraig Foley|Orla Mannion|Dermot Hegarty",
        "A retired postman and his granddaughter follow the autumn migration from Greenland to the Galway "
        "shore." },
    { "ARC-005120", "The Understudy", "Understudy, The", 2024, "15", 108, 2, "Comedy",
        "Kit Armitage|Rosalind Pope|Ade Bankole|Harriet Vance",
        "An understudy who has never once gone on finds herself playing every part in the West End's "
        "unluckiest "
        "Macbeth." },
    { "PNT-10702", "Ödemark", "Odemark", 2019, "15", 93, 0, "Thriller",
        "Linnea Dahl|Erik Sundberg|Maja Holm|Anders Falk",
        "A wildlife photographer snowed in at a Norrland cabin starts finding her own footprints outside the "
        "window." },
    { "PNT-10745", "Lanterns", "Lanterns", 2022, "U", 84, 1, "Animation|Fantasy",
        "Mei Lin Tan|Aiko Mori|Ben Hastings|Lila Moreau",
        "On the longest night of the year, a girl who lights the harbour lanterns follows one that drifts "
        "out to sea." },
    { "SLX_3102_HD", "The Regent's Wager", "Regent's Wager, The", 2017, "12", 119, 0, "Period Drama|Romance",
        "Charlotte Ainsworth|Edmund Fairleigh|Georgiana Pike|Lucius Dorne",
        "Brighton, 1815: a card sharp's daughter wins a duke's townhouse at whist and must keep it for one "
        "season." },
    { "NWF-78391", "Deep Field", "Deep Field", 2023, "12A", 122, 2, "Science Fiction",
        "Tomasz Zielinski|Amara Osei|Greta Bauer|Ravi Menon",
        "A radio astronomer in the Atacama receives a signal that repeats her own voicemail back to her, a "
        "week early." },
    { "MERIDIAN-0901", "Smoke on Canal Street", "Smoke on Canal Street", 2018, "18", 110, 0, "Crime",
        "Declan Moss|Ria Chaudhry|Jimmy Sloane|Paulette Grant",
        "Birmingham, 1979: a jazz club owner is squeezed between two crime families and one very patient "
        "detective." },
    { "ARC-005233", "Small Hours", "Small Hours", 2022, "15", 98, 1, "Drama",
        "Naomi Greer|Luke Farrant|Bisi Adebayo|Mary-Kate Doyle",
        "A junior doctor's first solo night shift on a Glasgow ward, told in real time." },
    { "SLX_3644_UHD", "Tidewater", "Tidewater", 2024, "12A", 133, 2, "Adventure",
        "Hugo Lindqvist|Sela Tupou|Frank Mercer|Ines Varga",
        "A salvage crew chasing a sunken bullion ship off the Skerries races a storm and a rival crew with "
        "better "
        "maps." },
    { "PNT-10811", "Honeycomb", "Honeycomb", 2021, "PG", 90, 1, "Family|Comedy",
        "Poppy Marchant|Jack Tremaine|Ada Whitlock|Ken Ito",
        "Twins inherit their great-aunt's forty beehives and two weeks to win the county show." },
    { "NWF-78402", "Counterweight", "Counterweight", 2020, "15", 117, 0, "Thriller",
        "Aleksander Vos|Mina Jovanovic|Carl Eastman|Sade Bello",
        "A crane operator sixty storeys above the City witnesses a murder that officially never happened." },
    { "ARC-005310", "Keep the Faith", "Keep the Faith", 2019, "15", 104, 0, "Music|Drama",
        "Colin Ashworth|Danny Whelan|Tracy Bolton|Gloria Mensah",
        "Wigan, 1975: three mill workers live for the all-nighters, until one of them is offered a record "
        "deal." },
    { "MERIDIAN-0955", "Summer of the Comet", "Summer of the Comet", 2023, "12A", 111, 2,
        "Drama|Coming of Age", "Astrid Nyberg|Elsa Lund|Oskar Brandt|Frida Aho",
        "The summer a comet hangs over the archipelago, four friends make a pact to tell each other one "
        "secret a week." },
    { "SLX_2755_HD", "Hard Shoulder", "Hard Shoulder", 2016, "15", 95, 0, "Thriller",
        "Gareth Pugh|Nia Holloway|Stephen Kerr|Lola Brandt",
        "A breakdown on the M6 at two in the morning, a recovery driver who knows her name, and ninety "
        "minutes to "
        "the next junction." },
    { "PNT-10899", "Frost Fair", "Frost Fair", 2024, "PG", 100, 2, "Fantasy|Family",
        "Juliet Ambrose|Tilly Hargreaves|Marcus Lowe|Anya Petrova",
        "London, 1814: the Thames freezes, the frost fair opens, and a pickpocket finds a door in the ice." },
};

// The box set: a series, its seasons and their episodes (entitlements nest three levels deep).
struct EpisodeRow
{
    int season;
    int episode;
    const char* name;
    int minutes;
    const char* synopsis;
};

constexpr EpisodeRow HarbourLightsEpisodes[] = {
    { 1, 1, "The Storm Wall", 58,
        "Kirsty takes over as coxswain on the night a trawler loses power off the Bass Rock." },
    { 1, 2, "Slack Water", 57,
        "An inspector from the lifeboat institution arrives with a clipboard and a closure list." },
    { 1, 3, "Lifeboat Day", 59,
        "The village fundraiser goes ahead in a gale, and Iain finally tells Morag the truth." },
    { 2, 1, "The New Skipper", 58,
        "A stranger buys the harbour's last working boat, and nobody can find out where his money came "
        "from." },
    { 2, 2, "Harbour Dues", 56,
        "Morag's accounts do not add up, and the crew are called out to a yacht that should not be there." },
    { 2, 3, "Spring Tide", 61,
        "The highest tide in twenty years, a missing child, and a choice that will split the crew." },
};

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

QList<CastMember> castOf(const char* credits)
{
    QList<CastMember> cast;
    const QStringList names = QString::fromUtf8(credits).split(QLatin1Char('|'));
    for (qsizetype i = 0; i < names.size(); ++i)
        cast.append(CastMember { i == 0 ? u"Director"_s : u"Actor"_s, names.at(i) });
    return cast;
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
    static const QStringList ratings { u"U"_s, u"PG"_s, u"12A"_s, u"12"_s, u"15"_s, u"18"_s };
    return ratings;
}

Catalogue::Catalogue()
{
    addFilms();
    addBoxSet();
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        m_titles[i].index = int(i);
        m_byRef.insert(m_titles.at(i).supplierRef.toCaseFolded(), i);
    }
}

void Catalogue::addFilms()
{
    for (const FilmRow& row : Films) {
        CatalogueTitle title;
        title.supplierRef = QString::fromUtf8(row.supplierRef);
        title.title = QString::fromUtf8(row.title);
        title.sortTitle = QString::fromUtf8(row.sortTitle);
        title.releaseYear = row.year;
        title.bbfcRating = QString::fromUtf8(row.bbfc);
        title.durationMinutes = row.minutes;
        title.priceTier = row.tier;
        title.genres = QString::fromUtf8(row.genres).split(QLatin1Char('|'));
        title.cast = castOf(row.credits);
        title.synopsis = QString::fromUtf8(row.synopsis);
        const quint64 hash = SeededRandom::stableHash(row.supplierRef);
        static const QStringList ratios { u"2.39:1"_s, u"1.85:1"_s, u"16:9"_s };
        title.aspectRatio = ratios.at(qsizetype(hash % 3));
        title.audioDescription = hash % 4 != 0;
        m_titles.append(title);
    }
}

void Catalogue::addBoxSet()
{
    const QString seriesRef = u"BBW-HARBOUR-LIGHTS"_s;
    const QList<CastMember> cast = castOf("Fiona Lennox|Morag Buchanan|Iain Crawford|Kirsty Rennie");
    CatalogueTitle series;
    series.kind = CatalogueTitle::Kind::Series;
    series.supplierRef = seriesRef;
    series.title = u"Harbour Lights: The Complete Box Set"_s;
    series.sortTitle = u"Harbour Lights"_s;
    series.releaseYear = 2023;
    series.bbfcRating = u"12"_s;
    series.priceTier = 1;
    series.genres = { u"Drama"_s, u"Series"_s };
    series.cast = cast;
    series.synopsis
        = u"Both series of the drama about the volunteer lifeboat crew of a Fife fishing village, "
          "where everyone is related to someone they would rather not be."_s;
    series.aspectRatio = u"16:9"_s;
    series.audioDescription = true;

    QList<CatalogueTitle> children;
    for (int season = 1; season <= 2; ++season) {
        CatalogueTitle seasonTitle = series;
        seasonTitle.childRefs.clear();
        seasonTitle.durationMinutes = 0;
        seasonTitle.kind = CatalogueTitle::Kind::Season;
        seasonTitle.supplierRef
            = QStringLiteral("%1-S%2").arg(seriesRef).arg(season, 2, 10, QLatin1Char('0'));
        seasonTitle.title = QStringLiteral("Harbour Lights: Series %1").arg(season);
        seasonTitle.sortTitle = QStringLiteral("Harbour Lights 0%1").arg(season);
        seasonTitle.releaseYear = 2022 + season;
        seasonTitle.synopsis = season == 1
            ? u"Series one: a new coxswain, a winter of storms and a lifeboat station threatened with closure."_s
            : u"Series two: the station survives, but a stranger's arrival tests every family in the village."_s;
        seasonTitle.parentRef = seriesRef;
        series.childRefs.append(seasonTitle.supplierRef);
        for (const EpisodeRow& row : HarbourLightsEpisodes) {
            if (row.season != season)
                continue;
            CatalogueTitle episode = seasonTitle;
            episode.childRefs.clear();
            episode.kind = CatalogueTitle::Kind::Episode;
            episode.supplierRef = QStringLiteral("%1E%2")
                                      .arg(seasonTitle.supplierRef)
                                      .arg(row.episode, 2, 10, QLatin1Char('0'));
            episode.title = QStringLiteral("Harbour Lights: S%1 E%2 \u2013 %3")
                                .arg(season)
                                .arg(row.episode)
                                .arg(QString::fromUtf8(row.name));
            episode.sortTitle = QStringLiteral("Harbour Lights 0%1 0%2").arg(season).arg(row.episode);
            episode.durationMinutes = row.minutes;
            episode.synopsis = QString::fromUtf8(row.synopsis);
            episode.parentRef = seasonTitle.supplierRef;
            seasonTitle.childRefs.append(episode.supplierRef);
            seasonTitle.durationMinutes += row.minutes;
            children.append(episode);
        }
        series.durationMinutes += seasonTitle.durationMinutes;
        children.insert(children.size() - 3, seasonTitle);
    }
    m_titles.append(series);
    m_titles.append(children);
}

QList<const CatalogueTitle*> Catalogue::films() const
{
    QList<const CatalogueTitle*> result;
    for (const CatalogueTitle& title : m_titles) {
        if (title.isFilm())
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
    // that they do not move with --now.
    const int startYear = qMax(title.releaseYear, 2016);
    const qint64 start = ticksOfDate(startYear, 1 + int(hash % 12), 1, affiliate.utcOffsetSeconds);
    const qint64 end = ticksOfDate(2027 + int(hash % 3), 12, 31, affiliate.utcOffsetSeconds);
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
    const bool rentable = title.kind == CatalogueTitle::Kind::Film;
    if (rentable) {
        Offer rental;
        rental.id = offerId(title, affiliate, OfferKind::Rental);
        rental.startAvailability = affiliate.at(start);
        rental.endAvailability = affiliate.at(end);
        rental.price = price(title, affiliate, OfferKind::Rental);
        rental.currency = affiliate.currency;
        rental.rentalTime = 30;
        rental.viewTime = 48;
        rental.assetTypeId = u"HD"_s;
        rental.supportedDevices = devices(true);
        rental.offerType = u"Rental"_s;
        offers.append(rental);
    }
    Offer purchase;
    purchase.id = offerId(title, affiliate, OfferKind::Purchase);
    purchase.startAvailability = affiliate.at(start);
    purchase.endAvailability = affiliate.at(end);
    purchase.price = price(title, affiliate, OfferKind::Purchase);
    purchase.currency = affiliate.currency;
    purchase.assetTypeId = title.priceTier == 2 ? u"UHD"_s : u"HD"_s;
    purchase.supportedDevices = devices(true);
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
