// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportItem.h"

#include "models/CardLines.h"
#include "models/DisplayFormat.h"
#include "models/EvidenceText.h"

#include <algorithm>

namespace ff {

namespace {

QString textOf(const std::optional<QString>& value)
{
    return value.value_or(QString());
}

} // namespace

CaseReportItem::CaseReportItem(
    const InvestigationContext& context, const QLocale& locale, const QString& currency)
    : m_context(context)
    , m_locale(locale)
    , m_currency(currency)
    , m_sentences(locale, context.affiliateZone, currency)
{ }

CaseReport::Item CaseReportItem::of(const ItemInvestigation& investigated, bool inFull) const
{
    const PurchaseOrder& order = *investigated.order;
    const PurchaseOrderItem& item = *investigated.item;
    CaseReport::Item reported;
    reported.orderId = investigated.facts.orderId;
    reported.itemId = investigated.facts.itemId;
    reported.title = textOf(item.title);
    reported.supplierRef = investigated.facts.supplierRef;
    reported.state = investigated.state.state;
    reported.verdict = investigated.verdict;
    reported.stateLine = m_sentences.stateLine(investigated);
    reported.verdictName = displayName(investigated.verdict);
    reported.purchasedAt = investigated.facts.purchasedAt;
    reported.windowEnd = investigated.window.end;
    reported.timeLeftSeconds = investigated.state.timeLeftSeconds;
    reported.price = item.unitPrice;
    reported.priceText = m_sentences.format().money(item.unitPrice, m_currency);
    reported.transactionId = textOf(order.paymentProviderTransactionId);
    reported.refundId = textOf(order.paymentProviderRefundTransId);
    for (const RefundSignal& signal : investigated.raisedSignals) {
        reported.signalSummary.append(signal.weight
                ? tr("%1 (%2)").arg(displayName(signal.kind), displayName(*signal.weight))
                : displayName(signal.kind));
        reported.sentences.append(m_sentences.sentence(signal, investigated));
    }
    if (inFull)
        reported.detail = detailOf(investigated, reported.sentences);
    return reported;
}

CaseReport::Detail CaseReportItem::detailOf(const ItemInvestigation& item, const QStringList& sentences) const
{
    const CardLines lines(item, m_context, m_locale, m_currency);
    CaseReport::Detail detail;
    detail.source = lines.source();
    detail.played = lines.played();
    detail.conflicts = lines.conflicts();
    detail.unknowns = item.unknowns;
    if (!item.state.unknownReason.isEmpty() && !detail.unknowns.contains(item.state.unknownReason))
        detail.unknowns.prepend(item.state.unknownReason);
    for (const RefundSignal& raised : item.raisedSignals) {
        CaseReport::Signal signal;
        signal.kind = QString::fromLatin1(identifier(raised.kind));
        signal.name = displayName(raised.kind);
        signal.weight = raised.weight;
        signal.sentence = sentences.value(detail.signalList.size()); // one per signal, in order
        for (const Evidence& evidence : raised.evidence)
            signal.evidence.append(EvidenceText::of(evidence, m_sentences.format()));
        detail.signalList.append(signal);
    }
    detail.timeline = TimelineEvents::of(item, m_sentences, m_context.asOf.has_value());
    detail.timelineRows = timelineRows(item);
    return detail;
}

QList<CaseReport::TimelineRow> CaseReportItem::timelineRows(const ItemInvestigation& item) const
{
    // Every instant the answer rests on, by the API's name for the field and exactly as it was
    // sent (with its offset), beside how the agent reads it; the ones the investigation worked
    // out are named for how.
    struct Row
    {
        DateTimeOffset at;
        CaseReport::TimelineRow row;
    };
    QList<Row> rows;
    const auto add
        = [&](const std::optional<DateTimeOffset>& at, const QString& event, const QString& field) {
              if (at)
                  rows.append({ *at,
                      { m_sentences.format().dateTime(*at), event, field,
                          QString::fromLatin1(at->toIsoString()) } });
          };
    const ItemFacts& facts = item.facts;
    const PurchaseOrderItem& orderItem = *item.item;
    const bool itemDated = ItemFacts::present(orderItem.createdDate).has_value();
    add(facts.purchasedAt, tr("Bought"),
        itemDated ? QStringLiteral("CreatedDate") : QStringLiteral("CreateDate"));
    if (itemDated)
        add(facts.orderCreatedAt, tr("Order created"), QStringLiteral("CreateDate"));
    add(facts.licenceIssuedAt, tr("Licence issued"), QStringLiteral("TimeOfFirstPlay"));
    add(facts.firstStreamedAt, tr("First streamed"), QStringLiteral("TimeUserFirstStreamed"));
    add(facts.firstDownloadedAt, tr("First downloaded"), QStringLiteral("TimeUserFirstDownloaded"));
    add(item.window.rentalEnd, tr("Rental time ends (worked out)"),
        tr("%1 + RentalTime (%2 d)")
            .arg(itemDated ? QStringLiteral("CreatedDate") : QStringLiteral("CreateDate"),
                facts.rentalDays ? QString::number(*facts.rentalDays) : DisplayFormat::absent()));
    add(item.window.viewEnd, tr("View time ends (worked out)"),
        tr("TimeOfFirstPlay + ViewTime (%1 h)")
            .arg(facts.viewHours ? QString::number(*facts.viewHours) : DisplayFormat::absent()));
    add(item.window.platformEnd, tr("Rental ends (the platform's word)"), QStringLiteral("RentalExpiryTime"));
    add(item.at, m_context.asOf ? tr("As of (the instant reported)") : tr("Now (when the report was made)"),
        QString());
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });
    QList<CaseReport::TimelineRow> sorted;
    sorted.reserve(rows.size());
    for (Row& row : rows)
        sorted.append(std::move(row.row));
    return sorted;
}

} // namespace ff
