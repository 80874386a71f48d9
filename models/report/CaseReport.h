// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/audit/AuditDecision.h"
#include "api/audit/AuditEntry.h"
#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "investigation/RefundTerms.h"
#include "models/TimelineEvents.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ff {

// A case report: what a refund decision rests on, made once (CaseReportBuilder) and written
// three ways (CaseReportText for a ticket, CaseReportCsv, CaseReportPdf). Its texts are already
// in the agent's language and zone, so that the three never disagree; its values are kept too,
// exact, for the CSV.
struct CaseReport
{
    // Who, where, when and under which rules.
    struct Header
    {
        qint64 affiliateId = 0;
        QString customer;
        QString ticket; // the ticket or case reference the agent gave ("" when none)
        QString agentAccount; // the computer account the report was made under
        QString profile; // the connection profile's name
        bool production = false;
        QString serverUrl;
        // "Orders" and when they were fetched; "Entitlements" when asked.
        QList<std::pair<QString, DateTimeOffset>> fetched;
        QList<std::pair<QString, QString>> policy; // each value of the refund policy, by name
        bool defaultPolicy = true;
        DateTimeOffset at; // the instant the items are worked out at
        bool asOfSet = false;
        QString atText; // the instant in the affiliate's zone, named
        QString zoneName; // the affiliate's time zone the dates are shown in
        QString appVersion;
        DateTimeOffset madeAt;
        QString madeAtText;
        QString scope; // "The whole customer", "3 selected items"
        // The account's billing contact, only when the agent asked for it (CaseReportBilling).
        QList<std::pair<QString, QString>> billing;
    };

    // A signal as the report shows it: its name, its weight, the sentence to read out, and the
    // fields that raised it with their values.
    struct Signal
    {
        QString kind; // identifier
        QString name;
        std::optional<SignalWeight> weight;
        QString sentence;
        QStringList evidence; // "TimeUserFirstStreamed: 03/03/2026 20:14 GMT"
    };

    // One row of the time line as a table: when, what, the API's field and its raw value.
    struct TimelineRow
    {
        QString when; // in the affiliate's zone
        QString event;
        QString field;
        QString raw; // exactly as the API sent it, with its offset
    };

    // What only a fully reported item (a candidate or one the agent chose) carries.
    struct Detail
    {
        QString source; // where the answer comes from
        QList<Signal> signalList;
        QList<TimelineEvent> timeline; // for the drawing
        QList<TimelineRow> timelineRows;
        QStringList unknowns;
        QString conflicts; // "" when none
        QString played;
    };

    struct Item
    {
        qint64 orderId = 0;
        qint64 itemId = 0;
        QString title;
        QString supplierRef;
        ItemState state = ItemState::Unknown;
        RefundVerdict verdict = RefundVerdict::NotDue;
        QString stateLine; // "Active, 1 d 4 h left"
        QString verdictName;
        std::optional<DateTimeOffset> purchasedAt;
        std::optional<DateTimeOffset> windowEnd;
        std::optional<qint64> timeLeftSeconds;
        std::optional<Decimal> price;
        QString priceText;
        QString transactionId; // the order's payment provider transaction
        QString refundId; // the order's refund transaction, when refunded
        QStringList signalSummary; // "Watched (against)"
        QStringList sentences; // one per signal, in the order of signalList
        std::optional<AuditDecision> decision; // the last recorded about this item
        QString decisionText; // "" when none
        std::optional<Detail> detail; // reported in full
    };

    // The money of the reported orders in one currency, never added across currencies.
    struct Money
    {
        struct Order
        {
            qint64 orderId = 0;
            QString created;
            QString status;
            Decimal amount;
            QString amountText;
            QString transactionId;
            QString refundId;
            QString paymentProvider;
        };
        QString currency;
        Decimal total; // every reported order that was paid
        QString totalText;
        qint64 paidOrders = 0;
        Decimal refunded; // the refunded orders among them
        QString refundedText;
        Decimal unpaid; // the orders never paid (pending, failed, cancelled): not in the total
        QString unpaidText;
        qint64 unpaidOrders = 0;
        QList<Order> orders;
        bool incomplete = false; // an item had no price: the totals are not the whole story
    };

    Header header;
    QList<Item> items; // orders and items in the order the server sent them
    QList<Money> money;
    QList<AuditDecision> decisions; // recorded about this customer, oldest first
    QList<AuditEntry> writes; // made for this customer's orders, oldest first
    QString auditProblem; // why the audit log could not be read, when it could not
    int inFull = 0; // how many items carry a Detail
    int candidatesOnALine = 0; // refund candidates past the request's candidatesInFull
    int candidatesInFull = 0; // that limit, for the report to say

    int countOf(RefundVerdict verdict) const
    {
        return int(std::count_if(
            items.cbegin(), items.cend(), [verdict](const Item& item) { return item.verdict == verdict; }));
    }
};

} // namespace ff
