// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/CaseReportRecords.h"

#include "investigation/ItemStateAt.h"
#include "models/DecisionRecords.h"

#include <QSet>

namespace ff {

namespace {

qint64 idIn(const QJsonObject& ids, const char* name)
{
    const QJsonValue value = ids.value(QLatin1String(name));
    return value.isDouble() ? value.toInteger() : 0;
}

QString statusOf(const PurchaseOrder& order)
{
    if (!order.status)
        return DisplayFormat::absent();
    const QString name = order.status->name.value_or(QString());
    const QString code = order.status->code.value_or(QString());
    return name.isEmpty() ? code : code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

CaseReportRecords::CaseReportRecords(const CaseReportRequest& request, qint64 affiliateId)
    : m_format(request.locale, request.zone)
    , m_currency(request.currency)
    , m_policy(request.policy)
{
    QSet<qint64> itemIds;
    for (const PurchaseOrder& order : request.orders) {
        if (!order.id)
            continue;
        m_orders.insert(*order.id, &order);
        for (const PurchaseOrderItem& item :
            order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (item.id)
                itemIds.insert(*item.id);
        }
    }
    if (!request.audit)
        return;
    for (const AuditDecision& decision : request.audit->decisions) {
        if (decision.affiliateId != affiliateId)
            continue;
        const bool sameCustomer
            = decision.customer.compare(request.header.customer, Qt::CaseInsensitive) == 0;
        if (!sameCustomer && !m_orders.contains(decision.orderId))
            continue;
        m_lastDecision.insert(decision.itemId, m_decisions.size());
        m_decisions.append(decision);
    }
    for (const AuditEntry& entry : request.audit->entries) {
        const qint64 entryAffiliate = idIn(entry.ids, "affiliateId");
        if (entryAffiliate != 0 && entryAffiliate != affiliateId)
            continue;
        if (m_orders.contains(idIn(entry.ids, "purchaseOrderId"))
            || itemIds.contains(idIn(entry.ids, "purchaseOrderItemId")))
            m_writes.append(entry);
    }
}

void CaseReportRecords::addDecisionTo(CaseReport::Item& item) const
{
    const auto last = m_lastDecision.constFind(item.itemId);
    if (last == m_lastDecision.cend())
        return;
    item.decision = m_decisions.at(*last);
    item.decisionText = DecisionRecords::describe(*item.decision, m_format);
}

QList<CaseReport::Money> CaseReportRecords::money(const QList<CaseReport::Item>& items) const
{
    // Order items carry no currency on the wire: every amount is the affiliate's currency, so
    // there is one entry (none when nothing was reported).
    if (items.isEmpty())
        return {};
    CaseReport::Money money;
    money.currency = m_currency;
    QHash<qint64, qsizetype> orderRow;
    for (const CaseReport::Item& item : items) {
        auto row = orderRow.constFind(item.orderId);
        if (row == orderRow.cend()) {
            const PurchaseOrder* order = m_orders.value(item.orderId);
            CaseReport::Money::Order entry;
            entry.orderId = item.orderId;
            if (order) {
                entry.created = m_format.dateTime(order->createDate);
                entry.status = statusOf(*order);
                entry.transactionId = order->paymentProviderTransactionId.value_or(QString());
                entry.refundId = order->paymentProviderRefundTransId.value_or(QString());
                entry.paymentProvider = order->paymentProvider.value_or(QString());
            }
            row = orderRow.insert(item.orderId, money.orders.size());
            money.orders.append(entry);
        }
        const std::optional<Decimal> sum
            = item.price ? money.orders[*row].amount.plus(*item.price) : std::nullopt;
        if (sum)
            money.orders[*row].amount = *sum;
        else
            money.incomplete = true;
    }
    for (CaseReport::Money::Order& order : money.orders) {
        order.amountText = m_format.money(order.amount, m_currency);
        const PurchaseOrder* source = m_orders.value(order.orderId);
        const bool unpaid = source && ItemStateAt::isUnpaid(*source, m_policy);
        const bool refunded = !unpaid && source && ItemStateAt::isRefunded(*source, m_policy);
        // A paid order counts in the total, a refunded one in what was refunded as well; one never
        // paid only in what was not.
        (unpaid ? money.unpaidOrders : money.paidOrders) += 1;
        for (Decimal* into :
            { unpaid ? &money.unpaid : &money.total, refunded ? &money.refunded : nullptr }) {
            if (!into)
                continue;
            if (const auto sum = into->plus(order.amount))
                *into = *sum;
            else
                money.incomplete = true;
        }
    }
    money.totalText = m_format.money(money.total, m_currency);
    money.refundedText = m_format.money(money.refunded, m_currency);
    money.unpaidText = m_format.money(money.unpaid, m_currency);
    return { money };
}

} // namespace ff
