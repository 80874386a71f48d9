// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff {

// What a profile knows of an affiliate beyond its id: a name agents recognise, the currency its
// order items are priced in (order items carry no currency on the wire), and what its refund
// investigation is worked out with: its refund policy and its time zone.
struct AffiliateInfo
{
    qint64 id = 0;
    QString name;
    QString currency; // ISO 4217, e.g. "GBP"; empty when unknown
    // The refund policy as a JSON object, in the form ff::RefundPolicyJson reads (which this
    // layer does not: it is kept as text); empty: the defaults.
    QString refundPolicy;
    // An IANA time zone ("Europe/London") the refund sentences' dates are in; empty: the agent's.
    QString timeZone;

    AffiliateInfo() = default;
    // The first three as before the policy and zone were kept, so that an affiliate is still
    // written as { id, name, currency }.
    AffiliateInfo(
        qint64 id, QString name, QString currency = {}, QString refundPolicy = {}, QString timeZone = {})
        : id(id)
        , name(std::move(name))
        , currency(std::move(currency))
        , refundPolicy(std::move(refundPolicy))
        , timeZone(std::move(timeZone))
    { }

    friend bool operator==(const AffiliateInfo&, const AffiliateInfo&) = default;
};

} // namespace ff
