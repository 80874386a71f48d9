// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DataResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

QJsonObject load(const QString& name)
{
    QFile file(u":/ffsandbox/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ffconsole-sandbox: the resource %s is missing", qPrintable(name));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("ffconsole-sandbox: %s is not a JSON object: %s", qPrintable(name),
            qPrintable(error.errorString()));
    return document.object();
}

QJsonValue required(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        qFatal("ffconsole-sandbox: a data resource lacks \"%s\"", qPrintable(key));
    return value;
}

QString text(const QJsonObject& object, const QString& key)
{
    return required(object, key).toString();
}

int integer(const QJsonObject& object, const QString& key)
{
    return required(object, key).toInt();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// Money and rates are strings in the files, so that every digit (and the scale: "10.0" is not
// "10.00" on the wire) is kept.
Decimal decimal(const QJsonValue& value)
{
    const QByteArray digits = value.toString().toLatin1();
    const std::optional<Decimal> parsed
        = Decimal::fromString(std::string_view(digits.constData(), size_t(digits.size())));
    if (!parsed)
        qFatal("ffconsole-sandbox: '%s' in a data resource is not a decimal", digits.constData());
    return *parsed;
}

QList<Decimal> decimals(const QJsonValue& value)
{
    QList<Decimal> list;
    for (const QJsonValue& item : value.toArray())
        list.append(decimal(item));
    return list;
}

Person personFrom(const QJsonObject& object)
{
    Person person;
    person.username = text(object, u"username"_s);
    person.email = text(object, u"email"_s);
    person.fullName = text(object, u"fullName"_s);
    person.address = text(object, u"address"_s);
    person.mobile = text(object, u"mobile"_s);
    person.phone = text(object, u"phone"_s);
    if (object.contains(u"company"_s))
        person.company = text(object, u"company"_s);
    person.inArrears = object.value(u"inArrears"_s).toBool();
    person.favouriteRef = object.value(u"favouriteRef"_s).toString();
    return person;
}

// Sets what the object says about a title; what it leaves out stays as it was (a season and
// its episodes start as copies of the title above them).
void apply(const QJsonObject& object, CatalogueTitle& title)
{
    auto set = [&object](const QString& key, auto apply) {
        if (const QJsonValue value = object.value(key); !value.isUndefined())
            apply(value);
    };
    set(u"supplierRef"_s, [&](const QJsonValue& v) { title.supplierRef = v.toString(); });
    set(u"title"_s, [&](const QJsonValue& v) { title.title = v.toString(); });
    set(u"sortTitle"_s, [&](const QJsonValue& v) { title.sortTitle = v.toString(); });
    set(u"year"_s, [&](const QJsonValue& v) { title.releaseYear = v.toInt(); });
    set(u"bbfc"_s, [&](const QJsonValue& v) { title.bbfcRating = v.toString(); });
    set(u"minutes"_s, [&](const QJsonValue& v) { title.durationMinutes = v.toInt(); });
    set(u"priceTier"_s, [&](const QJsonValue& v) { title.priceTier = v.toInt(); });
    set(u"genres"_s, [&](const QJsonValue& v) { title.genres = strings(v); });
    set(u"synopsis"_s, [&](const QJsonValue& v) { title.synopsis = v.toString(); });
    set(u"aspectRatio"_s, [&](const QJsonValue& v) { title.aspectRatio = v.toString(); });
    set(u"audioDescription"_s, [&](const QJsonValue& v) { title.audioDescription = v.toBool(); });
    set(u"director"_s, [&](const QJsonValue& v) {
        title.cast = { CastMember { u"Director"_s, v.toString() } };
        for (const QString& actor : strings(object.value(u"actors"_s)))
            title.cast.append(CastMember { u"Actor"_s, actor });
    });
}

// A box set: the series, then each season followed by its episodes (or, for a series in one
// part, its episodes straight away). A container lasts as long as what it contains.
QList<CatalogueTitle> boxSetFrom(const QJsonObject& object)
{
    CatalogueTitle series;
    series.kind = CatalogueTitle::Kind::Series;
    apply(object, series);
    QList<CatalogueTitle> contents;
    if (object.contains(u"episodes"_s)) {
        for (const QJsonValue& episodeValue : required(object, u"episodes"_s).toArray()) {
            CatalogueTitle episode = series;
            episode.kind = CatalogueTitle::Kind::Episode;
            episode.childRefs.clear();
            apply(episodeValue.toObject(), episode);
            episode.parentRef = series.supplierRef;
            series.childRefs.append(episode.supplierRef);
            series.durationMinutes += episode.durationMinutes;
            contents.append(episode);
        }
        return QList<CatalogueTitle> { series } + contents;
    }
    for (const QJsonValue& seasonValue : required(object, u"seasons"_s).toArray()) {
        CatalogueTitle season = series;
        season.kind = CatalogueTitle::Kind::Season;
        season.childRefs.clear();
        season.durationMinutes = 0;
        apply(seasonValue.toObject(), season);
        season.parentRef = series.supplierRef;
        const qsizetype seasonAt = contents.size();
        contents.append(season);
        for (const QJsonValue& episodeValue : required(seasonValue.toObject(), u"episodes"_s).toArray()) {
            CatalogueTitle episode = season;
            episode.kind = CatalogueTitle::Kind::Episode;
            apply(episodeValue.toObject(), episode);
            episode.parentRef = season.supplierRef;
            contents[seasonAt].childRefs.append(episode.supplierRef);
            contents[seasonAt].durationMinutes += episode.durationMinutes;
            contents.append(episode);
        }
        series.childRefs.append(season.supplierRef);
        series.durationMinutes += contents.at(seasonAt).durationMinutes;
    }
    return QList<CatalogueTitle> { series } + contents;
}

} // namespace

void DataResources::addTitles(const QJsonObject& section, bool showcase)
{
    QList<CatalogueTitle> added;
    for (const QJsonValue& value : required(section, u"films"_s).toArray()) {
        CatalogueTitle film;
        apply(value.toObject(), film);
        added.append(film);
    }
    for (const QJsonValue& value : required(section, u"boxSets"_s).toArray())
        added.append(boxSetFrom(value.toObject()));
    for (CatalogueTitle& title : added)
        title.showcase = showcase;
    titles.append(added);
}

const DataResources& DataResources::get()
{
    static const DataResources resources;
    return resources;
}

const QList<Person>& DataResources::roster(int affiliateId) const
{
    static const QList<Person> none;
    for (const auto& [id, people] : m_rosters) {
        if (id == affiliateId)
            return people;
    }
    return none;
}

DataResources::DataResources()
{
    const QJsonObject affiliatesFile = load(u"affiliates.json"_s);
    bbfcRatings = strings(required(affiliatesFile, u"bbfcRatings"_s));
    for (const QJsonValue& value : required(affiliatesFile, u"affiliates"_s).toArray()) {
        const QJsonObject o = value.toObject();
        affiliates.append(Affiliate { integer(o, u"id"_s), text(o, u"name"_s), text(o, u"currency"_s),
            integer(o, u"utcOffsetSeconds"_s), text(o, u"shopperPrefix"_s),
            strings(required(o, u"localRatings"_s)), decimals(required(o, u"rentalPrices"_s)),
            decimals(required(o, u"purchasePrices"_s)), decimal(required(o, u"boxSetPrice"_s)) });
    }

    const QJsonObject peopleFile = load(u"people.json"_s);
    for (const QJsonValue& value : required(peopleFile, u"rosters"_s).toArray()) {
        QList<Person> people;
        for (const QJsonValue& person : required(value.toObject(), u"people"_s).toArray())
            people.append(personFrom(person.toObject()));
        m_rosters.append({ integer(value.toObject(), u"affiliateId"_s), people });
    }
    scalePerson = personFrom(required(peopleFile, u"scaleCustomer"_s).toObject());
    const QJsonObject showcase = required(peopleFile, u"refundShowcase"_s).toObject();
    refundShowcaseAffiliateId = integer(showcase, u"affiliateId"_s);
    for (const QJsonValue& person : required(showcase, u"people"_s).toArray())
        refundShowcasePeople.append(personFrom(person.toObject()));

    const QJsonObject titlesFile = load(u"titles.json"_s);
    addTitles(titlesFile, false);
    // After the others, so that their positions (which offer ids derive from) stay as they were.
    addTitles(required(titlesFile, u"showcase"_s).toObject(), true);

    const QJsonObject pricesFile = load(u"prices.json"_s);
    creditPrices.purchaseTypes = strings(required(pricesFile, u"purchaseTypes"_s));
    creditPrices.taxRate = decimal(required(pricesFile, u"taxRate"_s));
    creditPrices.creditPacks = decimals(required(pricesFile, u"creditPacks"_s));
    creditPrices.bulkCreditFrom = decimal(required(pricesFile, u"bulkCreditFrom"_s));
    creditPrices.topUpAmounts = decimals(required(pricesFile, u"topUpAmounts"_s));
    for (const QJsonValue& value : required(pricesFile, u"priceLists"_s).toArray()) {
        const QJsonObject o = value.toObject();
        creditPrices.priceLists.append(PriceList { text(o, u"currency"_s), decimal(required(o, u"credit"_s)),
            decimal(required(o, u"bulkCredit"_s)), decimal(required(o, u"topUp"_s)),
            decimal(required(o, u"subscription"_s)), decimal(required(o, u"voucher"_s)) });
    }

    for (const QJsonValue& value : required(load(u"devices.json"_s), u"kinds"_s).toArray()) {
        const QJsonObject o = value.toObject();
        deviceKinds.append(DeviceKind { integer(o, u"typeId"_s), text(o, u"typeName"_s),
            o.value(u"mobile"_s).toBool(), strings(required(o, u"names"_s)) });
    }

    for (const QJsonValue& value : required(load(u"payments.json"_s), u"providers"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString reference = o.value(u"shopperReference"_s).toString();
        paymentProviders.append(PaymentProvider { text(o, u"name"_s), text(o, u"transactionId"_s),
            reference == u"storefront"_s  ? PaymentProvider::ShopperReference::Storefront
                : reference == u"payer"_s ? PaymentProvider::ShopperReference::Payer
                                          : PaymentProvider::ShopperReference::None,
            o.value(u"offered"_s).toBool(), o.value(u"keptPercent"_s).toInt(100) });
    }
}

} // namespace ff::sandbox
