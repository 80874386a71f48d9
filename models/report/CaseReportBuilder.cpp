// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportBuilder.h"

#include "investigation/RefundPolicyJson.h"
#include "models/RefundSentences.h"
#include "models/report/CaseReportItem.h"
#include "models/report/CaseReportRecords.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ff {

namespace {

// Every value of the policy by the name the policy file gives it, nested ones as "weights.watched".
void flatten(const QJsonObject& object, const QString& prefix, QList<std::pair<QString, QString>>& rows)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isObject()) {
            flatten(it->toObject(), name, rows);
        } else if (it->isArray()) {
            QStringList values;
            for (const QJsonValue& value : it->toArray())
                values.append(value.isString() ? value.toString() : QString::number(value.toInteger()));
            rows.append({ name, values.join(QStringLiteral(", ")) });
        } else if (it->isString()) {
            rows.append({ name, it->toString() });
        } else if (it->isNull()) {
            rows.append({ name, QStringLiteral("none") });
        } else {
            rows.append({ name, QString::number(it->toInteger()) });
        }
    }
}

qint64 itemCount(const QList<PurchaseOrder>& orders, const std::optional<QSet<qint64>>& itemIds)
{
    if (itemIds)
        return itemIds->size();
    qint64 count = 0;
    for (const PurchaseOrder& order : orders)
        count += order.purchaseOrderItemDtos ? order.purchaseOrderItemDtos->size() : 0;
    return count;
}

} // namespace

std::optional<CaseReport> CaseReportBuilder::build(
    const CaseReportRequest& request, const Progress& progress, const std::atomic_bool* cancelled)
{
    CaseReport report;
    report.header = request.header;
    flatten(RefundPolicyJson::toObject(request.policy), QString(), report.header.policy);
    report.header.defaultPolicy = request.policy == RefundPolicy();
    report.header.zoneName = QString::fromUtf8(request.zone.id());
    const RefundSentences sentences(request.locale, request.zone, request.currency);
    report.header.atText = sentences.moment(report.header.at);
    report.header.madeAtText = sentences.moment(report.header.madeAt);

    InvestigationContext context { request.policy, request.zone, std::nullopt };
    if (request.header.asOfSet)
        context.asOf = request.header.at;
    const CaseReportItem items(context, request.locale, request.currency);
    const CaseReportRecords records(request, report.header.affiliateId);

    const qint64 total = itemCount(request.orders, request.itemIds);
    qint64 done = 0;
    int candidatesSetOut = 0;
    report.candidatesInFull = request.candidatesInFull;
    bool stopped = false;
    const auto visit = [&](ItemInvestigation&& investigated) {
        if (stopped || (request.itemIds && !request.itemIds->contains(investigated.facts.itemId)))
            return;
        const bool chosen = request.itemIds || request.alsoInFull.contains(investigated.facts.itemId);
        const bool candidate = investigated.isCandidate();
        const bool inFull = chosen || (candidate && candidatesSetOut < request.candidatesInFull);
        candidatesSetOut += !chosen && candidate && inFull ? 1 : 0;
        report.candidatesOnALine += candidate && !inFull ? 1 : 0;
        CaseReport::Item item = items.of(investigated, inFull);
        records.addDecisionTo(item);
        report.inFull += inFull ? 1 : 0;
        report.items.append(std::move(item));
        // Asked every 256 items: often enough to stop within a few milliseconds, rarely enough
        // to cost nothing.
        if (++done % 256 == 0) {
            if (cancelled && cancelled->load())
                stopped = true;
            else if (progress)
                progress(done, total);
        }
    };
    if (request.entitlementFor) {
        for (ItemInvestigation& investigated : CustomerInvestigation::run(
                 request.orders, request.policy, request.header.at, request.entitlementFor))
            visit(std::move(investigated));
    } else {
        // One item at a time: a customer with 100 000 items never holds every item's facts at once.
        CustomerInvestigation::forEach(request.orders, request.policy, request.header.at, visit);
    }
    if (stopped || (cancelled && cancelled->load()))
        return std::nullopt;
    report.money = records.money(report.items);
    report.decisions = records.decisions();
    report.writes = records.writes();
    report.auditProblem = request.auditProblem;
    if (progress)
        progress(total, total);
    return report;
}

} // namespace ff
