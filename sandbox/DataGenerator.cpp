// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DataGenerator.h"

#include <algorithm>
#include <functional>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = DateTimeOffset::TicksPerSecond;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

Decimal money(const char* text)
{
    return Decimal::fromString(std::string_view(text)).value_or(Decimal());
}

QList<Decimal> prices(std::initializer_list<const char*> texts)
{
    QList<Decimal> result;
    for (const char* text : texts)
        result.append(money(text));
    return result;
}

// Payment providers and the shape of their references, so that an agent sees what they would
// see in the provider's own back office.
struct Provider
{
    QString name;
    int transactionLength;
    bool numeric;
};

const QList<Provider>& providers()
{
    static const QList<Provider> list {
        { u"Adyen"_s, 16, true },
        { u"PayPal"_s, 17, false },
        { u"Worldpay"_s, 12, false },
        { u"GiftCard"_s, 12, false },
    };
    return list;
}

QString randomCode(SeededRandom& random, int length, bool numeric)
{
    static constexpr char Alphanumeric[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i) {
        code += numeric ? QChar(u'0' + int(random.below(10)))
                        : QChar(QLatin1Char(Alphanumeric[random.below(sizeof Alphanumeric - 1)]));
    }
    return code;
}

QString transactionId(SeededRandom& random, const QString& provider)
{
    if (provider == u"Worldpay"_s)
        return u"WP-"_s + randomCode(random, 12, false);
    if (provider == u"GiftCard"_s)
        return u"GC-"_s + randomCode(random, 4, false) + u'-' + randomCode(random, 4, false) + u'-'
            + randomCode(random, 4, false);
    if (provider == u"Promotion"_s)
        return u"PROMO-"_s + randomCode(random, 8, false);
    for (const Provider& known : providers()) {
        if (known.name == provider)
            return randomCode(random, known.transactionLength, known.numeric);
    }
    return randomCode(random, 16, false);
}

// The provider's own id for the customer: a shopper reference we gave Adyen or Worldpay, a
// PayPal payer id; gift cards and promotions have none.
std::optional<QString> shopperReference(
    const QString& provider, const QString& prefix, const QUuid& customerId)
{
    if (provider == u"Adyen"_s || provider == u"Worldpay"_s)
        return prefix + u'-' + QString::number(customerId.data1 % 100'000'000).rightJustified(8, u'0');
    if (provider == u"PayPal"_s) {
        SeededRandom random(SeededRandom::stableHash(customerId.toByteArray()));
        return randomCode(random, 13, false);
    }
    return std::nullopt;
}

// An item as the platform records it at checkout: the offer, the price and what the title was
// at the time, the payment references of its order, and nothing played yet.
PurchaseOrderItem newItem(const Catalogue& catalogue, const CatalogueTitle& title, const Affiliate& affiliate,
    Catalogue::OfferKind kind, const PurchaseOrder& order)
{
    const bool rental = kind == Catalogue::OfferKind::Rental;
    PurchaseOrderItem item;
    item.offerId = catalogue.offerId(title, affiliate, kind);
    item.unitPrice = catalogue.price(title, affiliate, kind);
    item.supplierRef = title.supplierRef;
    item.rentalTime = rental ? std::optional<qint64>(30) : std::nullopt;
    item.viewTime = rental ? std::optional<qint64>(48) : std::nullopt;
    item.title = title.title;
    item.bbfcRating = catalogue.certificate(title, affiliate);
    item.duration = title.durationMinutes;
    item.deleted = false;
    item.requiresPreRoll = false;
    item.persistentLicenseIssued = false;
    item.isDtr = !rental;
    item.supportedDevices = Catalogue::supportedDevicesText(kind);
    item.drmProfile = rental   ? u"Standard HD"_s
        : title.priceTier == 2 ? u"UHD Premium"_s
                               : u"Persistent HD"_s;
    item.licenseAcknowledged = false;
    item.entitlementTypeId = rental ? 1 : 2;
    item.createdDate = order.createDate;
    item.paymentProvider = order.paymentProvider;
    item.paymentProviderTransactionId = order.paymentProviderTransactionId;
    item.inherited = false;
    return item;
}

QString firstNameOf(const QString& fullName)
{
    return fullName.section(u' ', 0, 0);
}

} // namespace

enum class DataGenerator::Scenario {
    RentalUnplayed,
    RentalWatching,
    RentalExpiredPlayed,
    RentalExpiredUnplayed,
    RentalDeleted,
    FreeRental,
    PurchaseDownloadedAcknowledged,
    PurchaseDownloadedUnacknowledged,
    PurchaseStreamed,
    PurchaseUnplayed,
    BoxSet,
    Refunded,
    Pending,
    Failed,
    Cancelled,
};

struct DataGenerator::Person
{
    const char* username;
    const char* email;
    const char* fullName;
    const char* address;
    const char* mobile;
    const char* phone;
    const char* company = nullptr; // a business account: purchases need a PO number
    bool inArrears = false; // purchases are not allowed
    const char* favouriteRef = nullptr; // the first order is for this title
};

// An order under construction: ids are given once every order is known, in order of date, as a
// database's identity column would have given them.
struct DataGenerator::PendingOrder
{
    qsizetype customer = -1;
    PurchaseOrder order;
    QList<int> parentIndex; // per item: the index of its parent item in this order, or -1
    QList<std::optional<TimeSpan>> playPositions; // per item
};

DataGenerator::DataGenerator(quint64 seed, DateTimeOffset now, int scaleItems)
    : m_random(seed)
    , m_now(now)
    , m_scaleItems(scaleItems)
{ }

DataGenerator::~DataGenerator() = default;

QList<Affiliate> DataGenerator::affiliates()
{
    QList<Affiliate> list;
    list.append(Affiliate { 1, u"FilmFlex UK"_s, u"GBP"_s, 0, u"FFUK"_s,
        { u"U"_s, u"PG"_s, u"12A"_s, u"12"_s, u"15"_s, u"18"_s }, prices({ "2.49", "3.49", "4.99" }),
        prices({ "6.99", "9.99", "13.99" }), money("24.99") });
    list.append(Affiliate { 2, u"FilmFlex Ireland"_s, u"EUR"_s, 0, u"FFIE"_s,
        { u"G"_s, u"PG"_s, u"12A"_s, u"12A"_s, u"15A"_s, u"18"_s }, prices({ "2.99", "3.99", "5.49" }),
        prices({ "7.99", "11.99", "15.99" }), money("29.99") });
    list.append(Affiliate { 3, u"FilmFlex Nordics"_s, u"SEK"_s, 3600, u"FFNO"_s,
        { u"Btl"_s, u"7"_s, u"11"_s, u"11"_s, u"15"_s, u"15"_s }, prices({ "29.00", "39.00", "49.00" }),
        prices({ "79.00", "119.00", "169.00" }), money("299.00") });
    list.append(Affiliate { 7, u"CinemaNow US"_s, u"USD"_s, -5 * 3600, u"CNUS"_s,
        { u"G"_s, u"PG"_s, u"PG-13"_s, u"PG-13"_s, u"R"_s, u"R"_s }, prices({ "2.99", "3.99", "5.99" }),
        prices({ "9.99", "14.99", "19.99" }), money("34.99") });
    return list;
}

std::unique_ptr<SandboxData> DataGenerator::generate()
{
    m_data = std::make_unique<SandboxData>(affiliates(), m_now);
    for (const Affiliate& affiliate : m_data->affiliates())
        addCustomers(affiliate);
    if (m_scaleItems > 0)
        addScaleCustomer();
    assignIdsAndStore();
    return std::move(m_data);
}

void DataGenerator::addCustomers(const Affiliate& affiliate)
{
    // The first six of each roster are always there (the console's manual and the tests name
    // them); the seed adds up to four more.
    static const QList<Person> uk {
        { "zoë smith", "zoe.smith@example.co.uk", "Zoë Smith", "14 Alma Terrace, York YO10 4DL",
            "+44 7700 900142", "+44 1904 960318" },
        { "o'brien+test/../x@example.co.uk", "o'brien+test/../x@example.co.uk", "Declan O'Brien",
            "Flat 3, 27 Camden Road, London NW1 9LR", "+44 7700 900631", "+44 20 7946 0214", nullptr, false,
            "MERIDIAN/NTL?cut=directors#100%" },
        { "jmurphy", "james.murphy@example.co.uk", "James Murphy", "8 Quarry Bank, Liverpool L18 3JG",
            "+44 7700 900318", "+44 151 496 0772" },
        { "priya.patel", "Priya.Patel@example.co.uk", "Priya Patel", "52 Belgrave Road, Leicester LE4 6AR",
            "+44 7700 900875", "+44 116 496 0531" },
        { "d.okafor", "david.okafor@okafor-associates.example.co.uk", "David Okafor",
            "Unit 4, Riverside Business Park, Bristol BS2 0QX", "+44 7700 900264", "+44 117 496 0019",
            "Okafor & Associates Ltd" },
        { "gwen.ap-rhys", "gwen.aprhys@example.co.uk", "Gwenllian ap Rhys",
            "Tŷ Gwyn, Heol y Bont, Aberystwyth SY23 1PZ", "+44 7700 900903", "+44 1970 496 412" },
        { "TomHughes84", "tom.hughes84@example.com", "Tom Hughes", "3 Mill Lane, Chester CH2 1BS",
            "+44 7700 900457", "+44 1244 496 118", nullptr, true },
        { "anna.kowalska", "anna.kowalska@example.co.uk", "Anna Kowalska", "19 Hyde Park Road, Leeds LS6 1AH",
            "+44 7700 900722", "+44 113 496 0650" },
        { "ben_clarke-jones", "ben.clarke-jones@example.co.uk", "Ben Clarke-Jones",
            "The Old Rectory, Church Street, Ludlow SY8 1AP", "+44 7700 900590", "+44 1584 496 227" },
        { "fatima.begum", "fatima.begum@example.co.uk", "Fatima Begum", "112 Whitechapel Road, London E1 1JE",
            "+44 7700 900386", "+44 20 7946 0881" },
    };
    static const QList<Person> ireland {
        { "josé.núñez@example.ie", "josé.núñez@example.ie", "José Núñez",
            "Apartment 12, Grand Canal Dock, Dublin 2, D02 X576", "+353 85 012 3456", "+353 1 555 0142" },
        { "jmurphy", "john.murphy@example.ie", "John Murphy", "Main Street, Kinsale, Co. Cork, P17 WK12",
            "+353 87 014 2233", "+353 21 555 0190" },
        { "aoife.nibhriain", "aoife.nibhriain@example.ie", "Aoife Ní Bhriain",
            "Bóthar na Trá, Salthill, Galway H91 E2X8", "+353 86 019 7731", "+353 91 555 0127" },
        { "ciaran.obrien", "ciaran.obrien@example.ie", "Ciarán O'Brien",
            "4 Patrick Street, Kilkenny R95 X2C3", "+353 83 011 6620", "+353 56 555 0163" },
        { "niamh.byrne", "accounts@byrnedental.example.ie", "Niamh Byrne",
            "Byrne Dental, 21 Quay Street, Wexford Y35 T9K4", "+353 85 017 4489", "+353 53 555 0108",
            "Byrne Dental Practice" },
        { "padraig.walsh", "padraig.walsh@example.ie", "Pádraig Walsh",
            "Cnoc na Rí, Westport, Co. Mayo F28 H6Y2", "+353 87 018 2904", "+353 98 555 0175" },
        { "siobhan.kelly", "siobhan.kelly@example.ie", "Siobhán Kelly", "17 The Crescent, Limerick V94 K7W2",
            "+353 86 013 5092", "+353 61 555 0134" },
        { "eoin.mcgrath", "eoin.mcgrath@example.ie", "Eoin McGrath", "2 Shore Road, Dundalk A91 P2F6",
            "+353 83 016 8817", "+353 42 555 0151" },
        { "grainne.doyle", "grainne.doyle@example.ie", "Gráinne Doyle", "Church Lane, Athlone N37 D4R1",
            "+353 85 010 9326", "+353 90 555 0117", nullptr, true },
        { "conor.fitzgerald", "conor.fitz@example.ie", "Conor Fitzgerald", "9 Bridge Street, Sligo F91 W8C2",
            "+353 87 015 3368", "+353 71 555 0199" },
    };
    static const QList<Person> nordics {
        { "björn.ångström@example.se", "björn.ångström@example.se", "Björn Ångström",
            "Götgatan 22, 118 46 Stockholm", "+46 70 123 45 67", "+46 8 123 456 78" },
        { "sofie.lindqvist", "sofie.lindqvist@example.se", "Sofie Lindqvist", "Kungsgatan 5, 411 19 Göteborg",
            "+46 73 555 01 22", "+46 31 555 01 90" },
        { "mikkel.sørensen", "mikkel.sorensen@example.dk", "Mikkel Sørensen",
            "Nørrebrogade 88, 2200 København N", "+45 20 55 01 37", "+45 35 55 01 12" },
        { "ingrid.haugen", "ingrid.haugen@example.no", "Ingrid Haugen", "Bygdøy allé 14, 0262 Oslo",
            "+47 412 55 018", "+47 22 55 01 44" },
        { "aino.virtanen", "aino.virtanen@example.fi", "Aino Virtanen", "Hämeenkatu 9, 33100 Tampere",
            "+358 40 555 0163", "+358 3 555 0129" },
        { "lars.eriksson", "faktura@erikssonbygg.example.se", "Lars Eriksson", "Industrivägen 7, 903 27 Umeå",
            "+46 70 555 01 84", "+46 90 555 01 31", "Eriksson Bygg AB" },
        { "åsa.berg", "åsa.berg@example.se", "Åsa Berg", "Storgatan 41, 831 30 Östersund", "+46 76 555 01 58",
            "+46 63 555 01 07" },
        { "jonas.nilsson", "jonas.nilsson@example.se", "Jonas Nilsson",
            "Södra Förstadsgatan 12, 211 43 Malmö", "+46 72 555 01 96", "+46 40 555 01 63" },
        { "freja.madsen", "freja.madsen@example.dk", "Freja Madsen", "Vestergade 3, 8000 Aarhus C",
            "+45 31 55 01 74", "+45 86 55 01 28" },
        { "oskar.lund", "oskar.lund@example.no", "Oskar Lund", "Bryggen 9, 5003 Bergen", "+47 926 55 041",
            "+47 55 55 01 86", nullptr, true },
    };
    static const QList<Person> us {
        { "mike.johnson", "mike.johnson@example.com", "Mike Johnson", "1428 Elm Street, Springwood, OH 43004",
            "+1 614-555-0142", "+1 614-555-0178" },
        { "maria.garcia", "maría.garcía@example.com", "María García", "2200 SW 8th Street, Miami, FL 33135",
            "+1 305-555-0119", "+1 305-555-0163" },
        { "kim.nguyen", "kim.nguyen@example.com", "Kim Nguyen", "88 Pine Street, Apt 5C, Seattle, WA 98101",
            "+1 206-555-0131", "+1 206-555-0187" },
        { "tyler_88", "tyler.brooks88@example.com", "Tyler Brooks", "415 Oak Avenue, Austin, TX 78704",
            "+1 512-555-0104", "+1 512-555-0150" },
        { "robert.m.chen@example.com", "robert.m.chen@example.com", "Robert M. Chen",
            "77 Mass Ave, Cambridge, MA 02139", "+1 617-555-0126", "+1 617-555-0192" },
        { "dwayne.t", "billing@thompsonmedia.example.com", "Dwayne Thompson",
            "Suite 300, 500 Peachtree Street NE, Atlanta, GA 30308", "+1 404-555-0167", "+1 404-555-0111",
            "Thompson Media LLC" },
        { "ashley.brooks", "ashley.brooks@example.com", "Ashley Brooks",
            "12 Harbor View Drive, Portland, ME 04101", "+1 207-555-0145", "+1 207-555-0109" },
        { "sam.riley", "sam.riley@example.com", "Sam Riley", "930 Lakeshore Drive, Chicago, IL 60611",
            "+1 312-555-0182", "+1 312-555-0136", nullptr, true },
        { "keisha.williams", "keisha.w@example.com", "Keisha Williams",
            "61 Magnolia Street, Savannah, GA 31401", "+1 912-555-0158", "+1 912-555-0124" },
        { "jenna.o'neil", "jenna.oneil@example.com", "Jenna O'Neil", "4 Beacon Street, Boston, MA 02108",
            "+1 617-555-0171", "+1 617-555-0148" },
    };
    const QList<Person>& roster = affiliate.id == 1 ? uk
        : affiliate.id == 2                         ? ireland
        : affiliate.id == 3                         ? nordics
                                                    : us;
    SeededRandom random = m_random.fork(QByteArray("roster:" + QByteArray::number(affiliate.id)));
    const qsizetype count = qsizetype(random.between(6, roster.size()));
    for (qsizetype i = 0; i < count; ++i)
        addCustomer(affiliate, roster.at(i), i < 2);
}

void DataGenerator::addCustomer(const Affiliate& affiliate, const Person& person, bool showcase)
{
    SeededRandom random
        = m_random.fork(QByteArray("customer:" + QByteArray::number(affiliate.id) + ':' + person.username));
    CustomerRecord customer;
    customer.affiliateId = affiliate.id;
    customer.username = QString::fromUtf8(person.username);
    customer.email = QString::fromUtf8(person.email);
    customer.fullName = QString::fromUtf8(person.fullName);
    customer.customerId = random.uuid();
    addDevices(customer, random, showcase ? 3 : int(random.between(1, 3)));
    addAccount(customer, affiliate, person, random);
    m_customers.append(customer);
    const qsizetype index = m_customers.size() - 1;

    // Showcase customers get one order of every kind; the rest a realistic mix.
    QList<Scenario> scenarios;
    if (showcase) {
        for (int s = int(Scenario::RentalUnplayed); s <= int(Scenario::Cancelled); ++s)
            scenarios.append(Scenario(s));
    } else {
        static const QList<std::pair<Scenario, int>> weights {
            { Scenario::RentalExpiredPlayed, 26 },
            { Scenario::RentalUnplayed, 8 },
            { Scenario::RentalWatching, 6 },
            { Scenario::RentalExpiredUnplayed, 8 },
            { Scenario::RentalDeleted, 4 },
            { Scenario::FreeRental, 3 },
            { Scenario::PurchaseDownloadedAcknowledged, 8 },
            { Scenario::PurchaseDownloadedUnacknowledged, 3 },
            { Scenario::PurchaseStreamed, 12 },
            { Scenario::PurchaseUnplayed, 5 },
            { Scenario::BoxSet, 2 },
            { Scenario::Refunded, 5 },
            { Scenario::Pending, 2 },
            { Scenario::Failed, 4 },
            { Scenario::Cancelled, 2 },
        };
        int total = 0;
        for (const auto& weight : weights)
            total += weight.second;
        const int count = int(random.between(3, 12));
        for (int i = 0; i < count; ++i) {
            int roll = int(random.below(quint64(total)));
            for (const auto& weight : weights) {
                if ((roll -= weight.second) < 0) {
                    scenarios.append(weight.first);
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString favourite
            = i == 0 && person.favouriteRef ? QString::fromUtf8(person.favouriteRef) : QString();
        addOrder(index, affiliate, scenarios.at(i), random, favourite);
    }
}

void DataGenerator::addDevices(CustomerRecord& customer, SeededRandom& random, int count)
{
    const QString first = firstNameOf(customer.fullName);
    struct Kind
    {
        qint64 typeId;
        QString typeName;
        QStringList names;
    };
    const QList<Kind> kinds {
        { 4, u"Smart TV"_s,
            { u"Living room TV"_s, u"Samsung QE55Q80C"_s, u"LG OLED55C3"_s, u"Bedroom TV"_s } },
        { 2, u"iOS"_s, { first + u"'s iPhone"_s, first + u"'s iPad"_s, u"iPhone 15 Pro"_s } },
        { 3, u"Android"_s, { u"Pixel 8"_s, u"Galaxy S23"_s, first + u"'s Galaxy Tab"_s, u"OnePlus 12"_s } },
        { 1, u"Web"_s,
            { u"Chrome on Windows"_s, u"Safari on macOS"_s, u"Firefox on Ubuntu"_s, u"Edge on Windows"_s } },
    };
    // Start at a random kind so that most customers have a phone or tablet, but not all.
    const qsizetype start = qsizetype(random.below(quint64(kinds.size())));
    for (int i = 0; i < count; ++i) {
        const Kind& kind = kinds.at((start + i) % kinds.size());
        RegisteredDevice device;
        m_nextDeviceId += random.between(1, 40);
        device.id = m_nextDeviceId;
        device.deviceTypeId = kind.typeId;
        device.deviceTypeName = kind.typeName;
        device.deviceName = random.pick(kind.names);
        device.userId = customer.customerId;
        device.updatedDate
            = m_data->affiliate(customer.affiliateId)->at(m_now.utcTicks() - random.between(Day, 400 * Day));
        device.isActive = i == 0 || random.percent(85);
        device.clientId = random.uuid();
        device.canDelete = true;
        customer.devices.append(device);
    }
}

void DataGenerator::addOrder(qsizetype customerIndex, const Affiliate& affiliate, Scenario scenario,
    SeededRandom& random, const QString& favouriteRef)
{
    if (scenario == Scenario::BoxSet) {
        addBoxSetOrder(customerIndex, affiliate, random);
        return;
    }
    CustomerRecord& customer = m_customers[customerIndex];
    const Catalogue& catalogue = m_data->catalogue();
    const qint64 now = m_now.utcTicks();

    const bool rental
        = scenario <= Scenario::FreeRental || (scenario >= Scenario::Refunded && random.percent(60));
    const Catalogue::OfferKind kind = rental ? Catalogue::OfferKind::Rental : Catalogue::OfferKind::Purchase;

    qint64 created = 0;
    switch (scenario) {
    case Scenario::RentalUnplayed:
        created = now - random.between(2 * Hour, 20 * Day);
        break;
    case Scenario::RentalWatching:
        created = now - random.between(Day, 12 * Day);
        break;
    case Scenario::RentalExpiredPlayed:
    case Scenario::PurchaseDownloadedAcknowledged:
    case Scenario::PurchaseStreamed:
        created = now - random.between(35 * Day, 720 * Day);
        break;
    case Scenario::RentalExpiredUnplayed:
        created = now - random.between(31 * Day, 500 * Day);
        break;
    case Scenario::PurchaseDownloadedUnacknowledged:
        created = now - random.between(Hour, 6 * Day);
        break;
    case Scenario::Pending:
        created = now - random.between(2 * Minute, 45 * Minute);
        break;
    default:
        created = now - random.between(3 * Day, 400 * Day);
        break;
    }
    created += random.between(0, Second - 1); // Json.NET writes all seven fractional digits

    PendingOrder pending;
    pending.customer = customerIndex;
    PurchaseOrder& order = pending.order;
    order.merchantRef = random.uuid();
    order.customerId = customer.customerId;
    order.offerType = rental ? u"Rental"_s : u"EST"_s;
    order.offerTypeId = rental ? 1 : 2;
    order.createDate = affiliate.at(created);

    const bool free = scenario == Scenario::FreeRental;
    QString provider = free ? u"Promotion"_s : random.pick(providers()).name;
    if (provider == u"GiftCard"_s && !random.percent(30))
        provider = providers().first().name; // gift cards are the exception, not the rule
    order.paymentProvider = provider;
    order.paymentProviderCustomerId
        = shopperReference(provider, affiliate.shopperPrefix, customer.customerId);

    switch (scenario) {
    case Scenario::Refunded:
        order.status = PurchaseOrderStatus { 3, u"REF"_s, u"Refunded"_s };
        order.paymentProviderTransactionId = transactionId(random, provider);
        order.paymentProviderRefundTransId = transactionId(random, provider);
        break;
    case Scenario::Pending:
        order.status = PurchaseOrderStatus { 2, u"PND"_s, u"Pending"_s };
        break;
    case Scenario::Failed:
        order.status = PurchaseOrderStatus { 4, u"FLD"_s, u"Failed"_s };
        if (random.percent(50))
            order.paymentProviderTransactionId = transactionId(random, provider); // declined by the provider
        break;
    case Scenario::Cancelled:
        order.status = PurchaseOrderStatus { 5, u"CAN"_s, u"Cancelled"_s };
        break;
    default:
        order.status = PurchaseOrderStatus { 1, u"CMP"_s, u"Completed"_s };
        order.paymentProviderTransactionId = transactionId(random, provider);
        break;
    }

    const QList<const CatalogueTitle*> films = catalogue.films();
    QList<const CatalogueTitle*> chosen;
    if (const CatalogueTitle* favourite = favouriteRef.isEmpty() ? nullptr : catalogue.find(favouriteRef))
        chosen.append(favourite);
    const int itemCount = int(random.between(1, 100) <= 70 ? 1 : random.between(2, 3));
    while (chosen.size() < itemCount) {
        const CatalogueTitle* title = random.pick(films);
        if (!chosen.contains(title))
            chosen.append(title);
    }

    // Downloads go to a phone or tablet when the customer has one.
    const RegisteredDevice* mobile = nullptr;
    for (const RegisteredDevice& device : customer.devices) {
        if (device.deviceTypeId == 2 || device.deviceTypeId == 3) {
            mobile = &device;
            break;
        }
    }

    QList<PurchaseOrderItem> items;
    for (const CatalogueTitle* title : chosen) {
        PurchaseOrderItem item = newItem(catalogue, *title, affiliate, kind, order);
        if (free)
            item.unitPrice = Decimal::fromUnits(0, 2);
        item.deleted = scenario == Scenario::RentalDeleted || scenario == Scenario::Refunded
            || scenario == Scenario::Failed || scenario == Scenario::Cancelled;
        item.requiresPreRoll = free; // free rentals are paid for by an advert
        if (rental && random.percent(30))
            item.isDtr = true; // some rentals may be downloaded to watch offline
        item.createdDate = affiliate.at(created + random.between(Second / 100, Second / 2));

        std::optional<TimeSpan> position;
        auto play = [&](qint64 at, const RegisteredDevice& device, bool download) {
            item.timeOfFirstPlay = affiliate.at(at);
            item.deviceIdOfFirstPlay = device.id;
            if (download)
                item.timeUserFirstDownloaded = affiliate.at(at);
            else
                item.timeUserFirstStreamed = affiliate.at(at);
            const qint64 length = qint64(title->durationMinutes) * Minute;
            position = TimeSpan::fromTicks(random.percent(35) ? length - random.between(0, 4 * Minute)
                                                              : random.between(3 * Minute, length));
        };
        const RegisteredDevice& anyDevice = random.pick(customer.devices);
        switch (scenario) {
        case Scenario::RentalWatching: {
            const qint64 earliest = qMax(created + 10 * Minute, now - 44 * Hour);
            play(random.between(earliest, now - 30 * Minute), anyDevice, false);
            break;
        }
        case Scenario::RentalExpiredPlayed:
        case Scenario::PurchaseStreamed:
            play(created + random.between(30 * Minute, 10 * Day), anyDevice, false);
            break;
        case Scenario::RentalDeleted:
        case Scenario::FreeRental:
            if (random.percent(60))
                play(qMin(created + random.between(30 * Minute, 3 * Day), now - Minute), anyDevice, false);
            break;
        case Scenario::PurchaseDownloadedAcknowledged: {
            const RegisteredDevice& device = mobile ? *mobile : anyDevice;
            play(created + random.between(5 * Minute, 20 * Day), device, true);
            item.isDtr = true;
            item.persistentLicenseIssued = true;
            item.licenseAcknowledged = true;
            for (RegisteredDevice& owned : customer.devices) {
                if (owned.id == device.id)
                    owned.canDelete = false; // it holds a persistent licence
            }
            break;
        }
        case Scenario::PurchaseDownloadedUnacknowledged:
            // The licence went out but the device never confirmed it: what the acknowledge
            // call exists for.
            item.isDtr = true;
            item.persistentLicenseIssued = true;
            item.timeUserFirstDownloaded
                = affiliate.at(qMin(created + random.between(Minute, Hour), now - Minute));
            break;
        default:
            break;
        }
        items.append(item);
        pending.parentIndex.append(-1);
        pending.playPositions.append(position);
    }
    order.purchaseOrderItemDtos = items;
    m_orders.append(pending);
}

void DataGenerator::addBoxSetOrder(qsizetype customerIndex, const Affiliate& affiliate, SeededRandom& random)
{
    CustomerRecord& customer = m_customers[customerIndex];
    const Catalogue& catalogue = m_data->catalogue();
    const qint64 now = m_now.utcTicks();
    const qint64 created = now - random.between(10 * Day, 400 * Day) + random.between(0, Second - 1);

    PendingOrder pending;
    pending.customer = customerIndex;
    PurchaseOrder& order = pending.order;
    order.merchantRef = random.uuid();
    order.customerId = customer.customerId;
    order.status = PurchaseOrderStatus { 1, u"CMP"_s, u"Completed"_s };
    order.offerType = u"EST"_s;
    order.offerTypeId = 2;
    order.createDate = affiliate.at(created);
    order.paymentProvider = providers().first().name;
    order.paymentProviderCustomerId
        = shopperReference(*order.paymentProvider, affiliate.shopperPrefix, customer.customerId);
    order.paymentProviderTransactionId = transactionId(random, *order.paymentProvider);

    // The series, then each season followed by its episodes: children inherit the purchase.
    QList<PurchaseOrderItem> items;
    std::function<void(const CatalogueTitle&, int)> add = [&](const CatalogueTitle& title, int parent) {
        PurchaseOrderItem item = newItem(catalogue, title, affiliate, Catalogue::OfferKind::Purchase, order);
        item.createdDate = affiliate.at(created + random.between(Second / 100, Second / 2));
        item.inherited = parent >= 0;
        std::optional<TimeSpan> position;
        // The first series has been watched through, the second started.
        if (title.kind == CatalogueTitle::Kind::Episode
            && (title.supplierRef.contains(u"-S01E"_s) || title.supplierRef.endsWith(u"-S02E01"_s))) {
            const qint64 at = qMin(created + random.between(Hour, 30 * Day), now - Hour);
            item.timeOfFirstPlay = affiliate.at(at);
            item.timeUserFirstStreamed = affiliate.at(at);
            item.deviceIdOfFirstPlay = random.pick(customer.devices).id;
            position
                = TimeSpan::fromTicks(random.between(5 * Minute, qint64(title.durationMinutes) * Minute));
        }
        items.append(item);
        pending.parentIndex.append(parent);
        pending.playPositions.append(position);
        const int self = int(items.size() - 1);
        for (const QString& childRef : title.childRefs) {
            if (const CatalogueTitle* child = catalogue.find(childRef))
                add(*child, self);
        }
    };
    for (const CatalogueTitle& title : catalogue.titles()) {
        if (title.kind == CatalogueTitle::Kind::Series)
            add(title, -1);
    }
    order.purchaseOrderItemDtos = items;
    m_orders.append(pending);
}

void DataGenerator::addAccount(
    CustomerRecord& customer, const Affiliate& affiliate, const Person& person, SeededRandom& random)
{
    struct PriceList
    {
        QString currency;
        Decimal credit;
        Decimal bulkCredit;
        Decimal topUp;
        Decimal subscription;
        Decimal voucher;
    };
    static const QList<PriceList> lists {
        { u"GBP"_s, money("0.499"), money("0.449"), money("10.00"), money("7.99"), money("15.00") },
        { u"EUR"_s, money("0.599"), money("0.549"), money("10.00"), money("8.99"), money("20.00") },
        { u"SEK"_s, money("5.49"), money("4.99"), money("100.00"), money("99.00"), money("200.00") },
        { u"USD"_s, money("0.599"), money("0.499"), money("10.00"), money("9.99"), money("25.00") },
    };
    auto listFor = [](const QString& currency) {
        for (const PriceList& list : lists) {
            if (list.currency == currency)
                return list;
        }
        return lists.first();
    };
    static const Decimal taxRate = money("0.20");

    AccountPurchasesDetail& account = customer.account;
    const bool business = person.company != nullptr;
    account.billingDetails = BillingDetails {
        QString::fromUtf8(person.address),
        business ? std::optional<QString>(QString::fromUtf8(person.company)) : std::nullopt,
        customer.email,
        QString::fromUtf8(person.mobile),
        QString::fromUtf8(person.phone),
    };
    account.isPurchaseAllowed = !person.inArrears;
    account.isPurchaseOrderRequired = business;
    if (business)
        account.purchaseOrder = QStringLiteral("PO-%1-%2")
                                    .arg(m_now.toDateTime().date().year())
                                    .arg(random.between(100, 9999), 4, 10, QLatin1Char('0'));

    QList<std::pair<qint64, CreditPurchase>> purchases;
    const int count = int(random.between(0, 12));
    const bool twoCurrencies = affiliate.id != 7 && random.percent(30);
    const QString secondCurrency = affiliate.currency == u"GBP"_s ? u"EUR"_s
        : affiliate.currency == u"EUR"_s                          ? u"GBP"_s
                                                                  : u"EUR"_s;
    static const QStringList types { u"Credit"_s, u"TopUp"_s, u"Subscription"_s, u"Voucher"_s };
    for (int i = 0; i < count; ++i) {
        const qint64 at = m_now.utcTicks() - random.between(Day, 540 * Day) + random.between(0, Second - 1);
        CreditPurchase purchase;
        purchase.currency = twoCurrencies && random.percent(30) ? secondCurrency : affiliate.currency;
        const PriceList list = listFor(*purchase.currency);
        purchase.datePurchased = affiliate.at(at);
        purchase.id = random.uuid();
        purchase.purchaseType = random.pick(types);
        if (purchase.purchaseType == u"Credit"_s) {
            static const QList<Decimal> packs { money("10.0"), money("20.0"), money("50.0") };
            purchase.quantity = random.pick(packs);
            purchase.unitPrice = *purchase.quantity >= money("50") ? list.bulkCredit : list.credit;
        } else if (purchase.purchaseType == u"TopUp"_s) {
            static const QList<Decimal> amounts { money("1.0"), money("2.0"), money("5.0") };
            purchase.quantity = random.pick(amounts);
            purchase.unitPrice = list.topUp;
        } else if (purchase.purchaseType == u"Subscription"_s) {
            purchase.quantity = random.percent(70) ? money("1.0") : money("3.0"); // monthly or quarterly
            purchase.unitPrice = list.subscription;
        } else {
            purchase.quantity = random.percent(80) ? money("1.0") : money("2.0");
            purchase.unitPrice = list.voucher;
        }
        const Decimal net = purchase.quantity->times(*purchase.unitPrice).value_or(Decimal()).roundedTo(2);
        const Decimal tax = net.times(taxRate).value_or(Decimal()).roundedTo(2);
        purchase.netTotal = net;
        purchase.tax = tax;
        purchase.grossTotal = net.plus(tax).value_or(Decimal());
        // Recent invoices are sometimes still open; old ones are settled.
        purchase.paid = at < m_now.utcTicks() - 30 * Day || random.percent(60);
        purchases.append({ at, purchase });
    }
    std::sort(
        purchases.begin(), purchases.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<CreditPurchase> list;
    for (auto& entry : purchases)
        list.append(entry.second);
    account.purchases = list;
}

void DataGenerator::addScaleCustomer()
{
    const Affiliate& affiliate = *m_data->affiliate(1);
    const Catalogue& catalogue = m_data->catalogue();
    SeededRandom random = m_random.fork("scale");
    static const Person person { "bulk.buyer", ScaleCustomerEmail, "Bulk Buyer",
        "FilmFlex QA, 1 Test Street, Reading RG1 1AA", "+44 7700 900000", "+44 118 496 0000", "FilmFlex QA" };
    CustomerRecord customer;
    customer.affiliateId = affiliate.id;
    customer.username = QString::fromUtf8(person.username);
    customer.email = QString::fromUtf8(person.email);
    customer.fullName = QString::fromUtf8(person.fullName);
    customer.customerId = random.uuid();
    addDevices(customer, random, 3);
    addAccount(customer, affiliate, person, random);
    m_customers.append(customer);
    const qsizetype index = m_customers.size() - 1;

    // Many orders of one to four items, built directly: a hundred thousand items must be ready
    // in well under a second. Strings come from the catalogue and are shared, not copied.
    const QList<const CatalogueTitle*> films = catalogue.films();
    const qint64 now = m_now.utcTicks();
    const QString provider = providers().first().name;
    const std::optional<QString> shopper
        = shopperReference(provider, affiliate.shopperPrefix, m_customers.at(index).customerId);
    const PurchaseOrderStatus completed { 1, u"CMP"_s, u"Completed"_s };
    const QList<RegisteredDevice>& devices = m_customers.at(index).devices;

    int remaining = m_scaleItems;
    while (remaining > 0) {
        const int count = qMin(remaining, int(random.between(1, 4)));
        remaining -= count;
        const bool rental = random.percent(70);
        const qint64 created = now - random.between(Hour, 5 * 365 * Day) + random.between(0, Second - 1);
        PendingOrder pending;
        pending.customer = index;
        PurchaseOrder& order = pending.order;
        order.merchantRef = random.uuid();
        order.customerId = m_customers.at(index).customerId;
        order.status = completed;
        order.offerType = rental ? u"Rental"_s : u"EST"_s;
        order.offerTypeId = rental ? 1 : 2;
        order.createDate = affiliate.at(created);
        order.paymentProvider = provider;
        order.paymentProviderCustomerId = shopper;
        order.paymentProviderTransactionId = randomCode(random, 16, true);
        QList<PurchaseOrderItem> items;
        items.reserve(count);
        for (int i = 0; i < count; ++i) {
            const CatalogueTitle& title = *films.at(qsizetype(random.below(quint64(films.size()))));
            const Catalogue::OfferKind kind
                = rental ? Catalogue::OfferKind::Rental : Catalogue::OfferKind::Purchase;
            PurchaseOrderItem item = newItem(catalogue, title, affiliate, kind, order);
            if (created < now - 2 * Day && random.percent(80)) {
                const qint64 at = created + random.between(10 * Minute, Day);
                item.timeOfFirstPlay = affiliate.at(at);
                item.timeUserFirstStreamed = item.timeOfFirstPlay;
                item.deviceIdOfFirstPlay = devices.at(qsizetype(random.below(quint64(devices.size())))).id;
            }
            items.append(std::move(item));
        }
        order.purchaseOrderItemDtos = std::move(items);
        pending.parentIndex = QList<int>(count, -1);
        pending.playPositions = QList<std::optional<TimeSpan>>(count);
        m_orders.append(std::move(pending));
    }
}

void DataGenerator::assignIdsAndStore()
{
    // Identity columns grow with time: order and item ids ascend with the order's date, with the
    // gaps other customers' orders leave.
    QList<qsizetype> byDate(m_orders.size());
    for (qsizetype i = 0; i < byDate.size(); ++i)
        byDate[i] = i;
    std::stable_sort(byDate.begin(), byDate.end(), [this](qsizetype a, qsizetype b) {
        return m_orders.at(a).order.createDate->utcTicks() < m_orders.at(b).order.createDate->utcTicks();
    });
    SeededRandom random = m_random.fork("ids");
    qint64 orderId = 5'100'000;
    qint64 itemId = 9'200'000;
    QList<std::pair<qint64, qint64>> parents; // child, parent
    QList<std::pair<qint64, TimeSpan>> positions;
    for (const qsizetype index : std::as_const(byDate)) {
        PendingOrder& pending = m_orders[index];
        orderId += random.between(1, 37);
        itemId += random.between(1, 9);
        pending.order.id = orderId;
        QList<PurchaseOrderItem>& items = *pending.order.purchaseOrderItemDtos;
        const qint64 firstItemId = itemId;
        for (qsizetype i = 0; i < items.size(); ++i) {
            items[i].id = itemId;
            items[i].purchaseOrderId = orderId;
            if (pending.parentIndex.at(i) >= 0)
                parents.append({ itemId, firstItemId + pending.parentIndex.at(i) });
            if (pending.playPositions.at(i))
                positions.append({ itemId, *pending.playPositions.at(i) });
            ++itemId;
        }
        --itemId;
        m_customers[pending.customer].orders.append(std::move(pending.order));
    }
    m_orders.clear();

    // Invoice numbers, too, follow the dates of the credit purchases across all accounts.
    QList<CreditPurchase*> purchases;
    for (CustomerRecord& customer : m_customers) {
        for (CreditPurchase& purchase : *customer.account.purchases)
            purchases.append(&purchase);
    }
    std::stable_sort(
        purchases.begin(), purchases.end(), [](const CreditPurchase* a, const CreditPurchase* b) {
            return a->datePurchased->utcTicks() < b->datePurchased->utcTicks();
        });
    for (CreditPurchase* purchase : std::as_const(purchases)) {
        m_nextInvoiceNumber += random.between(1, 6);
        purchase->invoiceNumber = m_nextInvoiceNumber;
    }

    for (CustomerRecord& customer : m_customers)
        m_data->addCustomer(std::move(customer));
    m_customers.clear();
    m_data->buildIndexes();
    for (const auto& [child, parent] : std::as_const(parents))
        m_data->setParent(child, parent);
    for (const auto& [item, position] : std::as_const(positions))
        m_data->setPlayPosition(item, position);
}

} // namespace ff::sandbox
