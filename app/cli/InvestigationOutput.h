// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/OutputFormat.h"
#include "investigation/ItemInvestigation.h"
#include "models/RefundSentences.h"

#include <QByteArray>
#include <vector>

namespace ff::cli {

// What `investigate` prints. Its JSON is a contract scripts rely on: one object per item,
//   {"AffiliateId", "Customer", "OrderId", "ItemId", "SupplierRef", "Title", "State", "Verdict",
//    "WindowEnd", "TimeLeftSeconds", "Facts": {"PurchasedAt", "OrderCreatedAt", "LicenceIssuedAt",
//    "FirstStreamedAt", "FirstDownloadedAt", "LastPlayPositionSeconds", "LengthSeconds"},
//    "Signals": [{"Kind", "Weight", "Evidence": {"FieldName": value, ...}, "Sentence"}],
//    "Unknown": [reasons]}
// with the identifiers of RefundTerms, dates in UTC with milliseconds and "Z", money as exact
// decimals, null where a value is unknown or does not apply. "Sentence" is for people: stable for
// the same input, but not part of the contract.
class InvestigationOutput final
{
public:
    struct Customer
    {
        qint64 affiliateId = 0;
        QString name;
    };

    InvestigationOutput(Customer customer, const RefundSentences& sentences)
        : m_customer(std::move(customer))
        , m_sentences(sentences)
    { }

    QByteArray format(const std::vector<ItemInvestigation>& items, OutputFormat format) const;
    // One JSON object on one line, for JSON Lines.
    QByteArray jsonLine(const ItemInvestigation& item) const;

private:
    QByteArray json(const std::vector<ItemInvestigation>& items, bool indented) const;
    QByteArray csv(const std::vector<ItemInvestigation>& items, OutputFormat format) const;
    QByteArray table(const std::vector<ItemInvestigation>& items) const;

    Customer m_customer;
    const RefundSentences& m_sentences;
};

} // namespace ff::cli
