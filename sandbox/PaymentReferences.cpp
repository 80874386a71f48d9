// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/PaymentReferences.h"

#include "sandbox/DataResources.h"

namespace ff::sandbox {

using namespace Qt::StringLiterals;

const PaymentProvider& PaymentReferences::provider(QStringView name)
{
    const QList<PaymentProvider>& providers = DataResources::get().paymentProviders;
    for (const PaymentProvider& provider : providers) {
        if (provider.name == name)
            return provider;
    }
    return providers.first();
}

const PaymentProvider& PaymentReferences::card()
{
    return DataResources::get().paymentProviders.first();
}

const PaymentProvider& PaymentReferences::choose(SeededRandom& random)
{
    static const QList<const PaymentProvider*> offered = [] {
        QList<const PaymentProvider*> list;
        for (const PaymentProvider& provider : DataResources::get().paymentProviders) {
            if (provider.offered)
                list.append(&provider);
        }
        return list;
    }();
    const PaymentProvider& chosen = *random.pick(offered);
    if (chosen.keptPercent < 100 && !random.percent(chosen.keptPercent))
        return *offered.first(); // gift cards are the exception, not the rule
    return chosen;
}

QString PaymentReferences::code(SeededRandom& random, QStringView format)
{
    static constexpr char Alphanumeric[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    auto isPlaceholder = [](QChar c) { return c == u'#' || c == u'*'; };
    // The runs of placeholders are drawn from the last to the first, each from its first
    // character to its last: the order the sandbox has always drawn a gift card's three groups
    // in, which the same seed must keep giving.
    QString code = format.toString();
    qsizetype end = code.size();
    while (end > 0) {
        while (end > 0 && !isPlaceholder(code.at(end - 1)))
            --end;
        qsizetype start = end;
        while (start > 0 && isPlaceholder(code.at(start - 1)))
            --start;
        for (qsizetype i = start; i < end; ++i) {
            code[i] = code.at(i) == u'#'
                ? QChar(u'0' + int(random.below(10)))
                : QChar(QLatin1Char(Alphanumeric[random.below(sizeof Alphanumeric - 1)]));
        }
        end = start;
    }
    return code;
}

QString PaymentReferences::transactionId(SeededRandom& random, const PaymentProvider& provider)
{
    return code(random, provider.transactionFormat);
}

std::optional<QString> PaymentReferences::shopperReference(
    const PaymentProvider& provider, const QString& storefrontPrefix, const QUuid& customerId)
{
    switch (provider.shopperReference) {
    case PaymentProvider::ShopperReference::Storefront:
        return storefrontPrefix + u'-'
            + QString::number(customerId.data1 % 100'000'000).rightJustified(8, u'0');
    case PaymentProvider::ShopperReference::Payer: {
        SeededRandom random(SeededRandom::stableHash(customerId.toByteArray()));
        return code(random, u"*************");
    }
    case PaymentProvider::ShopperReference::None:
        break;
    }
    return std::nullopt;
}

} // namespace ff::sandbox
