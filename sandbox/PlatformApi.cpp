// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/PlatformApi.h"

#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "sandbox/EntitlementJsonWriter.h"
#include "sandbox/LogCategory.h"

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString InvalidRequest = u"The request is invalid."_s;

ApiReply jsonReply(int status, QByteArray body)
{
    return ApiReply { HttpResponse::json(status, std::move(body)) };
}

// Model state errors, as Web API reports failed binding or validation.
ApiReply modelState(const QList<std::pair<QString, QString>>& errors)
{
    JsonWriter json;
    json.beginObject();
    json.field("Message", InvalidRequest);
    json.key("ModelState");
    json.beginObject();
    for (const auto& [key, text] : errors) {
        const QByteArray name = key.toUtf8();
        json.key(std::string_view(name.constData(), size_t(name.size())));
        json.beginArray();
        json.value(text);
        json.endArray();
    }
    json.endObject();
    json.endObject();
    return jsonReply(400, json.take());
}

std::optional<qint64> integer(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

PlatformApi::PlatformApi(SandboxData& data, Journal* journal, bool jsonReferences)
    : m_data(data)
    , m_journal(journal)
    , m_jsonReferences(jsonReferences)
    , m_entitlements(data)
    , m_accounts(data)
{
    m_clock.start();
}

ApiReply PlatformApi::message(int status, const QString& text)
{
    JsonWriter json;
    json.beginObject();
    json.field("Message", text);
    json.endObject();
    return jsonReply(status, json.take());
}

DateTimeOffset PlatformApi::now(const Affiliate& affiliate) const
{
    return affiliate.at(m_data.now().utcTicks() + m_clock.nsecsElapsed() / 100);
}

std::optional<ApiReply> PlatformApi::checkVersion(const HttpRequest& request, const QStringList& supported)
{
    const std::optional<QString> version = request.queryValue(u"v");
    if (!version || version->isEmpty() || supported.contains(*version))
        return std::nullopt;
    return message(400, QStringLiteral("API version '%1' is not supported").arg(*version));
}

ApiReply PlatformApi::handle(const HttpRequest& request)
{
    QStringList s = request.segments;
    if (s.size() > 1 && s.last().isEmpty())
        s.removeLast(); // "/api/Purchase/5/" routes as "/api/Purchase/5"
    auto is = [&s](qsizetype i, QStringView name) {
        return s.size() > i && s.at(i).compare(name, Qt::CaseInsensitive) == 0;
    };
    auto wrongMethod = [&request](const char* allowed) {
        ApiReply reply = message(405,
            QStringLiteral("The requested resource does not support http method '%1'.")
                .arg(QString::fromLatin1(request.method)));
        reply.response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
        return reply;
    };
    const QByteArray& method = request.method;

    if (s.size() == 5 && is(1, u"Customer") && is(2, u"PurchaseOrders")) {
        if (method != "GET")
            return wrongMethod("GET");
        if (auto refused = checkVersion(request, { u"2.0"_s, u"2"_s }))
            return *refused;
        return purchaseOrders(request, s.at(3), s.at(4));
    }
    if (s.size() == 3 && is(1, u"Purchase")) {
        if (method != "PUT")
            return wrongMethod("PUT");
        if (auto refused = checkVersion(request, { u"2.0"_s, u"2"_s }))
            return *refused;
        return addItem(request, s.at(2));
    }
    if (s.size() == 4 && is(1, u"Entitlement")) {
        if (method != "GET")
            return wrongMethod("GET");
        if (auto refused = checkVersion(request, { u"2.0"_s, u"2"_s }))
            return *refused;
        return entitlement(request, s.at(2), s.at(3));
    }
    if (s.size() == 6 && is(1, u"v1") && is(2, u"admin") && is(3, u"accounts") && is(5, u"purchases")) {
        if (method != "GET")
            return wrongMethod("GET");
        return m_accounts.handle(request, s.at(4)); // versioned by its path, not by "v"
    }
    if (s.size() == 6 && is(1, u"License") && is(2, u"AcknowledgeLicenseIssued")) {
        if (method != "POST")
            return wrongMethod("POST");
        if (auto refused = checkVersion(request, { u"1"_s, u"1.0"_s }))
            return *refused;
        return acknowledgeLicence(request, s.at(3), s.at(4), s.at(5));
    }
    const QString uri
        = u"http://"_s + QString::fromLatin1(request.header("Host")) + QString::fromLatin1(request.target);
    return message(
        404, QStringLiteral("No HTTP resource was found that matches the request URI '%1'.").arg(uri));
}

std::shared_ptr<const ResponseBody> PlatformApi::ordersBody(qsizetype customer)
{
    const CustomerRecord& record = m_data.customer(customer);
    const auto cached = m_ordersCache.constFind(customer);
    if (cached != m_ordersCache.cend() && cached->first == record.revision)
        return cached->second;
    auto body = std::make_shared<const ResponseBody>(JsonWriter::toJson(record.orders));
    m_ordersCache.insert(customer, { record.revision, body });
    return body;
}

ApiReply PlatformApi::purchaseOrders(const HttpRequest&, const QString& affiliateText, const QString& login)
{
    const std::optional<qint64> affiliateId = integer(affiliateText);
    if (!affiliateId)
        return message(400, InvalidRequest);
    if (!m_data.affiliate(int(*affiliateId)))
        return message(404, QStringLiteral("Affiliate %1 was not found.").arg(*affiliateId));
    const std::optional<qsizetype> customer = m_data.findCustomer(int(*affiliateId), login);
    if (!customer)
        return message(
            404, QStringLiteral("No customer '%1' was found in affiliate %2.").arg(login).arg(*affiliateId));
    ApiReply reply;
    reply.response.body = ordersBody(*customer);
    return reply;
}

ApiReply PlatformApi::addItem(const HttpRequest& request, const QString& orderIdText)
{
    const std::optional<qint64> orderId = integer(orderIdText);
    if (!orderId)
        return message(400, InvalidRequest);
    const QByteArray contentType = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (!contentType.isEmpty() && contentType != "application/json" && contentType != "text/json") {
        return message(415,
            QStringLiteral("The request entity's media type '%1' is not supported for this resource.")
                .arg(QString::fromLatin1(contentType)));
    }
    if (request.body.trimmed().isEmpty())
        return modelState({ { u"item"_s, u"A value is required."_s } });
    const auto parsed = readJson<PurchaseOrderItem>(request.body);
    if (!parsed)
        return modelState({ { u"item"_s, parsed.error().toString() } });
    PurchaseOrderItem item = parsed.value();

    QList<std::pair<QString, QString>> errors;
    if (!item.offerId || *item.offerId <= 0)
        errors.append({ u"item.OfferId"_s, u"The field OfferId must be greater than 0."_s });
    if (!item.supplierRef || item.supplierRef->trimmed().isEmpty())
        errors.append({ u"item.SupplierRef"_s, u"The SupplierRef field is required."_s });
    if (!item.unitPrice || item.unitPrice->isNegative())
        errors.append({ u"item.UnitPrice"_s, u"The field UnitPrice must be 0 or more."_s });
    if (item.purchaseOrderId && *item.purchaseOrderId != *orderId) {
        errors.append({ u"item.PurchaseOrderId"_s,
            QStringLiteral("The PurchaseOrderId %1 does not match the purchase order %2 in the URI.")
                .arg(*item.purchaseOrderId)
                .arg(*orderId) });
    }
    if (!errors.isEmpty())
        return modelState(errors);

    const std::optional<SandboxData::OrderRef> orderRef = m_data.findOrder(*orderId);
    if (!orderRef)
        return message(404, QStringLiteral("Purchase order %1 was not found.").arg(*orderId));
    const PurchaseOrder& order = m_data.order(*orderRef);
    const Affiliate& affiliate = *m_data.affiliate(m_data.customer(orderRef->customer).affiliateId);

    // What the platform fills in itself: identity, order, time and payment; and what it knows
    // about the title when the client left it out.
    item.id = m_data.nextItemId();
    item.purchaseOrderId = *orderId;
    item.createdDate = now(affiliate);
    item.paymentProvider = order.paymentProvider;
    item.paymentProviderTransactionId = order.paymentProviderTransactionId;
    if (const CatalogueTitle* title = m_data.catalogue().find(*item.supplierRef)) {
        if (!item.title)
            item.title = title->title;
        if (!item.bbfcRating)
            item.bbfcRating = m_data.catalogue().certificate(*title, affiliate);
        if (!item.duration)
            item.duration = title->durationMinutes;
    }
    if (!item.entitlementTypeId)
        item.entitlementTypeId = order.offerTypeId.value_or(2) == 1 ? 1 : 2;
    for (std::optional<bool>* flag : { &item.deleted, &item.requiresPreRoll, &item.persistentLicenseIssued,
             &item.isDtr, &item.licenseAcknowledged, &item.inherited }) {
        if (!*flag)
            *flag = false;
    }

    if (m_journal && !m_journal->appendAddItem(item)) {
        qCWarning(lcSandbox) << "cannot journal a new item; refusing the write";
        return message(500, u"An error has occurred."_s);
    }
    if (!m_data.addItem(item))
        return message(500, u"An error has occurred."_s);
    ApiReply reply = jsonReply(200, JsonWriter::toJson(m_data.order(*orderRef)));
    reply.applied = true;
    return reply;
}

ApiReply PlatformApi::entitlement(
    const HttpRequest& request, const QString& affiliateText, const QString& supplierRef)
{
    const std::optional<qint64> affiliateId = integer(affiliateText);
    if (!affiliateId)
        return message(400, InvalidRequest);
    bool linked = false;
    if (const std::optional<QString> include = request.queryValue(u"includeParentAndChildren");
        include && !include->isEmpty()) {
        if (include->compare(u"true"_s, Qt::CaseInsensitive) == 0)
            linked = true;
        else if (include->compare(u"false"_s, Qt::CaseInsensitive) != 0)
            return message(400, InvalidRequest);
    }
    if (!m_data.affiliate(int(*affiliateId)))
        return message(404, QStringLiteral("Affiliate %1 was not found.").arg(*affiliateId));
    const std::optional<ItemRef> ref = m_data.currentItem(int(*affiliateId), supplierRef);
    if (!ref) {
        return message(404,
            QStringLiteral("No entitlement was found for supplier reference '%1' in affiliate %2.")
                .arg(supplierRef, QString::number(*affiliateId)));
    }
    const EntitlementGraph graph = m_entitlements.graph(*ref, linked);
    return jsonReply(200,
        EntitlementJsonWriter::write(graph,
            m_jsonReferences ? EntitlementJsonWriter::Style::PreserveReferences
                             : EntitlementJsonWriter::Style::IgnoreLoops));
}

ApiReply PlatformApi::acknowledgeLicence(
    const HttpRequest&, const QString& affiliateText, const QString& deviceText, const QString& itemText)
{
    const std::optional<qint64> affiliateId = integer(affiliateText);
    const std::optional<qint64> itemId = integer(itemText);
    if (!affiliateId || !itemId)
        return message(400, InvalidRequest);
    if (!m_data.affiliate(int(*affiliateId)))
        return message(404, QStringLiteral("Affiliate %1 was not found.").arg(*affiliateId));
    const std::optional<ItemRef> ref = m_data.findItem(*itemId);
    if (!ref || m_data.customer(ref->customer).affiliateId != *affiliateId) {
        return message(404,
            QStringLiteral("Purchase order item %1 was not found in affiliate %2.")
                .arg(*itemId)
                .arg(*affiliateId));
    }
    const RegisteredDevice* device = m_data.findDevice(ref->customer, deviceText);
    if (!device)
        return message(404, QStringLiteral("Device '%1' is not registered to this customer").arg(deviceText));

    const PurchaseOrderItem& item = m_data.item(*ref);
    const bool changes = !item.licenseAcknowledged.value_or(false)
        || !item.persistentLicenseIssued.value_or(false) || !item.timeOfFirstPlay;
    if (changes) {
        const Affiliate& affiliate = *m_data.affiliate(int(*affiliateId));
        const DateTimeOffset at = now(affiliate);
        if (m_journal && !m_journal->appendAcknowledgeLicence(*itemId, *device->id, at)) {
            qCWarning(lcSandbox) << "cannot journal a licence acknowledgement; refusing the write";
            return message(500, u"An error has occurred."_s);
        }
        m_data.acknowledgeLicence(*ref, *device->id, at);
    }
    ApiReply reply = jsonReply(200, JsonWriter::toJson(m_entitlements.entitlementV1(*ref)));
    reply.applied = changes;
    return reply;
}

} // namespace ff::sandbox
