// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AccountPurchasesEndpoint.h"

#include "api/codec/JsonWriter.h"
#include "api/core/GuidText.h"
#include "api/dto/AccountPurchasesResponse.h"
#include "sandbox/DataResources.h"
#include "sandbox/XmlDtoWriter.h"

#include <QRegularExpression>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

// Whether Accept prefers XML to JSON: the higher q-value wins, the first listed on a tie, and
// anything else (no Accept, */*) is JSON, as Web API's content negotiation does.
bool prefersXml(const HttpRequest& request)
{
    double jsonQ = -1;
    double xmlQ = -1;
    int jsonOrder = 1 << 20;
    int xmlOrder = 1 << 20;
    int order = 0;
    const QByteArray accept = request.header("Accept");
    if (accept.isEmpty())
        return false;
    for (const QByteArray& item : accept.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q="))
                q = parameter.mid(2).toDouble();
        }
        ++order;
        if (type == "application/xml" || type == "text/xml") {
            if (q > xmlQ) {
                xmlQ = q;
                xmlOrder = order;
            }
        } else if (type == "application/json" || type == "text/json" || type == "*/*"
            || type == "application/*") {
            if (q > jsonQ) {
                jsonQ = q;
                jsonOrder = order;
            }
        }
    }
    if (xmlQ <= 0)
        return false;
    return xmlQ > jsonQ || (xmlQ == jsonQ && xmlOrder < jsonOrder);
}

ApiReply accountReply(const HttpRequest& request, int status, const AccountPurchasesResponse& response)
{
    if (prefersXml(request)) {
        ApiReply reply { HttpResponse::json(
            status, XmlDtoWriter::document("ResponseOfAccountPurchasesViewModel", response)) };
        reply.response.contentType = "application/xml; charset=utf-8";
        return reply;
    }
    return ApiReply { HttpResponse::json(status, JsonWriter::toJson(response)) };
}

ApiReply accountError(const HttpRequest& request, int status, const QString& code, const QString& reason)
{
    AccountPurchasesResponse response;
    response.error = ResponseError { code, reason };
    return accountReply(request, status, response);
}

} // namespace

AccountPurchasesEndpoint::AccountPurchasesEndpoint(const SandboxData& data)
    : m_data(data)
{ }

ApiReply AccountPurchasesEndpoint::handle(const HttpRequest& request, const QString& accountIdText) const
{
    const std::optional<QUuid> accountId = GuidText::parse(QStringView(accountIdText));
    if (!accountId)
        return accountError(request, 400, u"INVALID_ACCOUNT_ID"_s,
            QStringLiteral("'%1' is not a valid account id; expected a GUID.").arg(accountIdText));
    const std::optional<qsizetype> customerIndex = m_data.findCustomer(*accountId);
    if (!customerIndex)
        return accountError(request, 404, u"ACCOUNT_NOT_FOUND"_s,
            QStringLiteral("No account was found with id %1.")
                .arg(QString::fromLatin1(GuidText::toText(*accountId))));
    const CustomerRecord& customer = m_data.customer(*customerIndex);
    const Affiliate& affiliate = *m_data.affiliate(customer.affiliateId);

    auto filter = [&request](QStringView name) {
        std::optional<QString> value = request.queryValue(name);
        if (value && value->trimmed().isEmpty())
            value.reset(); // an empty parameter binds to null
        return value;
    };
    auto invalid = [&request](const QString& reason) {
        return accountError(request, 400, u"INVALID_FILTER"_s, reason);
    };
    constexpr qint64 Day = 24 * 3600 * DateTimeOffset::TicksPerSecond;
    // A date without a time is a whole day in the affiliate's clock: EndDate=2025-03-31 takes in
    // all of the 31st.
    auto parseDate = [&affiliate](const QString& text) {
        return DateTimeOffset::parse(QStringView(text).trimmed(), affiliate.utcOffsetSeconds);
    };
    std::optional<qint64> start;
    std::optional<qint64> endExclusive;
    if (const std::optional<QString> text = filter(u"StartDate")) {
        const std::optional<DateTimeOffset> date = parseDate(*text);
        if (!date)
            return invalid(
                QStringLiteral("StartDate '%1' is not a date; use yyyy-MM-dd or ISO 8601.").arg(*text));
        start = date->utcTicks();
    }
    if (const std::optional<QString> text = filter(u"EndDate")) {
        const std::optional<DateTimeOffset> date = parseDate(*text);
        if (!date)
            return invalid(
                QStringLiteral("EndDate '%1' is not a date; use yyyy-MM-dd or ISO 8601.").arg(*text));
        endExclusive = date->utcTicks() + (text->trimmed().size() == 10 ? Day : 1);
    }
    if (start && endExclusive && *start >= *endExclusive)
        return invalid(u"StartDate must not be after EndDate."_s);
    bool paidOnly = false;
    if (const std::optional<QString> text = filter(u"Paid")) {
        if (text->compare(u"true"_s, Qt::CaseInsensitive) == 0)
            paidOnly = true;
        else if (text->compare(u"false"_s, Qt::CaseInsensitive) != 0)
            return invalid(QStringLiteral("Paid '%1' is not true or false.").arg(*text));
    }
    const QStringList& types = DataResources::get().creditPrices.purchaseTypes;
    std::optional<QString> type;
    if (const std::optional<QString> text = filter(u"Type")) {
        for (const QString& known : types) {
            if (known.compare(*text, Qt::CaseInsensitive) == 0)
                type = known;
        }
        if (!type) {
            return invalid(QStringLiteral("Type '%1' is not a purchase type; expected one of %2.")
                               .arg(*text, types.join(u", "_s)));
        }
    }
    if (const std::optional<QString> text = filter(u"SoftwareVersion")) {
        static const QRegularExpression version(u"^\\d{1,4}\\.\\d{1,4}(\\.\\d{1,6})?$"_s);
        if (!version.match(*text).hasMatch())
            return invalid(
                QStringLiteral("SoftwareVersion '%1' is not a version such as 1.2 or 1.2.3.").arg(*text));
    }

    AccountPurchasesDetail detail = customer.account;
    QList<CreditPurchase> purchases;
    for (const CreditPurchase& purchase : customer.account.purchases.value_or(QList<CreditPurchase>())) {
        const qint64 at = purchase.datePurchased ? purchase.datePurchased->utcTicks() : 0;
        if ((start && at < *start) || (endExclusive && at >= *endExclusive))
            continue;
        if (paidOnly && !purchase.paid.value_or(false))
            continue;
        if (type && purchase.purchaseType != *type)
            continue;
        purchases.append(purchase);
    }
    detail.purchases = purchases;
    AccountPurchasesResponse response;
    response.responseData = AccountPurchasesData { Identification { customer.username }, u"OK"_s, detail };
    return accountReply(request, 200, response);
}

} // namespace ff::sandbox
