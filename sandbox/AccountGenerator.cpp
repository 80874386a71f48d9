// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AccountGenerator.h"

#include "sandbox/DataResources.h"

#include <algorithm>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = DateTimeOffset::TicksPerSecond;
constexpr qint64 Day = 24 * 3600 * Second;

Decimal quantity(const char* text)
{
    return *Decimal::fromString(std::string_view(text));
}

// What one purchase of its type is: how many, at what unit price.
void price(CreditPurchase& purchase, const PriceList& list, SeededRandom& random)
{
    const CreditPrices& prices = DataResources::get().creditPrices;
    if (purchase.purchaseType == u"Credit"_s) {
        purchase.quantity = random.pick(prices.creditPacks);
        purchase.unitPrice = *purchase.quantity >= prices.bulkCreditFrom ? list.bulkCredit : list.credit;
    } else if (purchase.purchaseType == u"TopUp"_s) {
        purchase.quantity = random.pick(prices.topUpAmounts);
        purchase.unitPrice = list.topUp;
    } else if (purchase.purchaseType == u"Subscription"_s) {
        purchase.quantity = random.percent(70) ? quantity("1.0") : quantity("3.0"); // monthly or quarterly
        purchase.unitPrice = list.subscription;
    } else {
        purchase.quantity = random.percent(80) ? quantity("1.0") : quantity("2.0");
        purchase.unitPrice = list.voucher;
    }
}

} // namespace

AccountGenerator::AccountGenerator(DateTimeOffset now)
    : m_now(now)
{ }

AccountPurchasesDetail AccountGenerator::account(
    const Person& person, const QString& email, const Affiliate& affiliate, SeededRandom& random) const
{
    const CreditPrices& prices = DataResources::get().creditPrices;
    AccountPurchasesDetail account;
    const bool business = person.company.has_value();
    account.billingDetails
        = BillingDetails { person.address, person.company, email, person.mobile, person.phone };
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
    for (int i = 0; i < count; ++i) {
        const qint64 at = random.ticksBefore(m_now.utcTicks(), Day, 540 * Day);
        CreditPurchase purchase;
        purchase.currency = twoCurrencies && random.percent(30) ? secondCurrency : affiliate.currency;
        purchase.datePurchased = affiliate.at(at);
        purchase.id = random.uuid();
        purchase.purchaseType = random.pick(prices.purchaseTypes);
        price(purchase, prices.listFor(*purchase.currency), random);
        const Decimal net = purchase.quantity->times(*purchase.unitPrice).value_or(Decimal()).roundedTo(2);
        const Decimal tax = net.times(prices.taxRate).value_or(Decimal()).roundedTo(2);
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
    return account;
}

} // namespace ff::sandbox
