// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemInvestigation.h"
#include "models/DisplayFormat.h"

#include <QCoreApplication>

namespace ff {

// What an investigation says in words an agent can read out on a call: one sentence per signal,
// with the real dates (in the affiliate's time zone, named) and numbers taken from the signal's
// evidence, in the interface language; and the state with the time left or since. Every sentence
// is a whole translatable message filled with arguments, never pieces glued together.
class RefundSentences final
{
    Q_DECLARE_TR_FUNCTIONS(ff::RefundSentences)

public:
    // The currency the item was priced in (order items carry none on the wire).
    RefundSentences(const QLocale& locale, const QTimeZone& affiliateZone, QString currency = {});

    QString sentence(const RefundSignal& signal, const ItemInvestigation& item) const;
    // "Active, 1 d 4 h left", "Expired, unused, 3 d ago", "Owned, not played".
    QString stateLine(const ItemInvestigation& item) const;
    // "Tuesday, 3 March 2026 at 20:14 GMT" (the date in the locality's long form).
    QString moment(const DateTimeOffset& instant) const;
    // "2 d 4 h", "1 h 52 min", "45 min", "30 s": the two largest units, for reading out.
    static QString span(qint64 seconds);
    const DisplayFormat& format() const { return m_format; }

private:
    QString momentOf(const RefundSignal& signal, QStringView field) const;
    QString duplicate(const RefundSignal& signal) const;
    QString termsDiffer(const RefundSignal& signal) const;
    QString entitlementConflict(const RefundSignal& signal) const;

    DisplayFormat m_format;
    QString m_currency;
};

} // namespace ff
