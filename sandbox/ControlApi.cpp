// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ControlApi.h"

#include "api/core/GuidText.h"
#include "api/launcher/SandboxStartLines.h"
#include "sandbox/LogCategory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

HttpResponse jsonResponse(int status, const QJsonDocument& document)
{
    HttpResponse response = HttpResponse::json(status, document.toJson(QJsonDocument::Indented));
    response.compressible = false; // the control API is read by people with curl, too
    return response;
}

HttpResponse errorResponse(int status, const QString& error)
{
    return jsonResponse(status, QJsonDocument(QJsonObject { { u"error"_s, error } }));
}

} // namespace

ControlApi::ControlApi(const SandboxData& data, Authenticator& authenticator, FaultQueue& faults,
    RequestLog& log, Info info, QString controlToken)
    : m_data(data)
    , m_authenticator(authenticator)
    , m_faults(faults)
    , m_log(log)
    , m_info(std::move(info))
    , m_controlToken(std::move(controlToken))
{ }

std::optional<HttpResponse> ControlApi::refusal(const HttpRequest& request, const QHostAddress& peer) const
{
    if (!peer.isLoopback())
        return errorResponse(403, u"the control API answers loopback clients only"_s);
    const QByteArray host = request.header("Host");
    if (m_authority.isEmpty() || host.compare(m_authority, Qt::CaseInsensitive) != 0) {
        qCInfo(lcSandbox) << "control request for another host refused:" << host;
        return errorResponse(403,
            QStringLiteral("the control API answers requests for %1 only")
                .arg(QString::fromLatin1(m_authority)));
    }
    const QByteArray token = request.header(SandboxStartLines::ControlTokenHeader);
    if (m_controlToken.isEmpty() || !Authenticator::equalInConstantTime(token, m_controlToken.toUtf8())) {
        return errorResponse(401,
            QStringLiteral("the control API needs the control token (FFCONSOLE_SANDBOX_CONTROL_TOKEN) in %1")
                .arg(QString::fromLatin1(SandboxStartLines::ControlTokenHeader)));
    }
    return std::nullopt;
}

HttpResponse ControlApi::handle(const HttpRequest& request, const QHostAddress& peer)
{
    if (std::optional<HttpResponse> refused = refusal(request, peer))
        return *refused;
    QStringList segments = request.segments.mid(1);
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    const QString resource = segments.value(0).toLower();
    const QByteArray& method = request.method;
    auto wrongMethod = [](const char* allowed) {
        HttpResponse response
            = errorResponse(405, QStringLiteral("use %1").arg(QString::fromLatin1(allowed)));
        response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
        return response;
    };
    if (segments.size() > 1)
        return errorResponse(404, u"no such control resource"_s);

    if (resource.isEmpty()) {
        return jsonResponse(200,
            QJsonDocument(QJsonObject {
                { u"resources"_s,
                    QJsonArray { u"GET|POST|DELETE /_sandbox/faults"_s, u"GET|DELETE /_sandbox/requests"_s,
                        u"POST /_sandbox/rotate-token"_s, u"GET /_sandbox/info"_s } },
            }));
    }
    if (resource == u"faults"_s) {
        if (method == "POST")
            return addFaults(request);
        if (method == "DELETE")
            return jsonResponse(
                200, QJsonDocument(QJsonObject { { u"cleared"_s, double(m_faults.clear()) } }));
        if (method == "GET")
            return jsonResponse(200, QJsonDocument(m_faults.toJson()));
        return wrongMethod("GET, POST, DELETE");
    }
    if (resource == u"requests"_s) {
        if (method == "GET") {
            HttpResponse response = HttpResponse::json(200, m_log.toJson());
            response.compressible = false;
            return response;
        }
        if (method == "DELETE") {
            m_log.clear();
            return jsonResponse(200, QJsonDocument(QJsonObject { { u"cleared"_s, true } }));
        }
        return wrongMethod("GET, DELETE");
    }
    if (resource == u"rotate-token"_s) {
        if (method != "POST")
            return wrongMethod("POST");
        m_authenticator.setToken(Authenticator::randomToken());
        qCInfo(lcSandbox) << "token rotated";
        return jsonResponse(200, QJsonDocument(QJsonObject { { u"token"_s, m_authenticator.token() } }));
    }
    if (resource == u"info"_s) {
        if (method != "GET")
            return wrongMethod("GET");
        return info();
    }
    return errorResponse(404, u"no such control resource"_s);
}

HttpResponse ControlApi::addFaults(const HttpRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorResponse(400, u"the body is not JSON: "_s + parseError.errorString());
    // {"faults": [...]} as documented; a bare array or a single fault are taken too.
    QJsonArray list;
    if (document.isArray())
        list = document.array();
    else if (document.object().contains(u"faults"_s))
        list = document.object().value(u"faults"_s).toArray();
    else if (document.object().contains(u"kind"_s))
        list.append(document.object());
    if (list.isEmpty())
        return errorResponse(400, u"expected {\"faults\": [{\"kind\": ...}, ...]}"_s);
    QList<FaultSpec> faults;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto fault = FaultSpec::fromJson(list.at(i).toObject());
        if (!fault)
            return errorResponse(400, QStringLiteral("faults[%1]: %2").arg(i).arg(fault.error()));
        faults.append(fault.value());
    }
    m_faults.add(faults);
    return jsonResponse(200,
        QJsonDocument(
            QJsonObject { { u"queued"_s, double(faults.size()) }, { u"faults"_s, m_faults.toJson() } }));
}

HttpResponse ControlApi::info() const
{
    QJsonArray affiliates;
    for (const Affiliate& affiliate : m_data.affiliates()) {
        affiliates.append(QJsonObject {
            { u"id"_s, affiliate.id },
            { u"name"_s, affiliate.name },
            { u"currency"_s, affiliate.currency },
            { u"utcOffset"_s, affiliate.utcOffsetText() },
        });
    }
    QJsonArray customers;
    for (const CustomerRecord& customer : m_data.customers()) {
        QJsonArray devices;
        for (const RegisteredDevice& device : customer.devices) {
            devices.append(QJsonObject {
                { u"id"_s, double(device.id.value_or(0)) },
                { u"clientId"_s, QString::fromLatin1(GuidText::toText(device.clientId.value_or(QUuid()))) },
                { u"name"_s, device.deviceName.value_or(QString()) },
                { u"type"_s, device.deviceTypeName.value_or(QString()) },
            });
        }
        qsizetype items = 0;
        QStringList refs;
        QSet<QString> seen;
        for (const PurchaseOrder& order : customer.orders) {
            for (const PurchaseOrderItem& item :
                order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
                ++items;
                const QString ref = item.supplierRef.value_or(QString());
                if (!seen.contains(ref)) {
                    seen.insert(ref);
                    refs.append(ref);
                }
            }
        }
        QJsonObject entry {
            { u"affiliateId"_s, customer.affiliateId },
            { u"username"_s, customer.username },
            { u"email"_s, customer.email },
            { u"fullName"_s, customer.fullName },
            { u"customerId"_s, QString::fromLatin1(GuidText::toText(customer.customerId)) },
            { u"devices"_s, devices },
            { u"orders"_s, double(customer.orders.size()) },
            { u"items"_s, double(items) },
            { u"supplierRefs"_s, QJsonArray::fromStringList(refs) },
        };
        // Only on the showcase's customers, so that everyone else's entry reads as it always did.
        if (!customer.showcase.isEmpty())
            entry.insert(u"showcase"_s, customer.showcase);
        customers.append(entry);
    }
    return jsonResponse(200,
        QJsonDocument(QJsonObject {
            { u"seed"_s, QString::number(m_info.seed) },
            { u"now"_s, QString::fromLatin1(m_data.now().toIsoString()) },
            { u"affiliates"_s, affiliates },
            { u"customers"_s, customers },
            { u"scaleCustomer"_s,
                m_info.scaleCustomer.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(m_info.scaleCustomer) },
        }));
}

} // namespace ff::sandbox
