// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Affiliate.h"
#include "sandbox/CatalogueTitle.h"
#include "sandbox/CreditPrices.h"
#include "sandbox/DeviceKind.h"
#include "sandbox/PaymentProvider.h"
#include "sandbox/Person.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ff::sandbox {

// The sandbox's fixed data, kept as JSON beside the code (sandbox/data/, compiled in as
// resources under :/ffsandbox/) and read once, at first use: affiliates, their rosters of
// people, the catalogue's titles, credit prices, device kinds and payment providers. What is
// random (who buys what, when) the generators draw from the seed; what is here is the same in
// every run. A resource that cannot be read is a broken build, so it stops the program.
class DataResources final
{
public:
    static const DataResources& get();

    // BBFC ratings, in the order each affiliate's localRatings follows.
    QStringList bbfcRatings;
    QList<Affiliate> affiliates;
    // Films in order, then each box set: the series, and each season followed by its episodes;
    // then the refund showcase's films and box sets, the same way (marked showcase).
    QList<CatalogueTitle> titles;
    Person scalePerson; // the --scale customer
    // The refund showcase's customers (RefundShowcase), all of one affiliate.
    int refundShowcaseAffiliateId = 0;
    QList<Person> refundShowcasePeople;
    CreditPrices creditPrices;
    QList<DeviceKind> deviceKinds;
    QList<PaymentProvider> paymentProviders;

    // The affiliate's people, in roster order (the first ones are always there).
    const QList<Person>& roster(int affiliateId) const;

private:
    DataResources();
    // The films and box sets of one section of titles.json.
    void addTitles(const QJsonObject& section, bool showcase);

    QList<std::pair<int, QList<Person>>> m_rosters;
};

} // namespace ff::sandbox
