// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RefundSentences.h"

namespace ff {

namespace {

template <class T> std::optional<T> valueOf(const RefundSignal& signal, QStringView field)
{
    const EvidenceValue* value = signal.value(field);
    if (value && std::holds_alternative<T>(*value))
        return std::get<T>(*value);
    return std::nullopt;
}

qint64 secondsOf(const TimeSpan& span)
{
    return span.ticks() / TimeSpan::TicksPerSecond;
}

} // namespace

RefundSentences::RefundSentences(const QLocale& locale, const QTimeZone& affiliateZone, QString currency)
    : m_format(locale, affiliateZone)
    , m_currency(std::move(currency))
{ }

QString RefundSentences::moment(const DateTimeOffset& instant) const
{
    const QDateTime local
        = QDateTime::fromMSecsSinceEpoch(DisplayFormat::millisecondsOf(instant), m_format.timeZone());
    return tr("%1 at %2 %3")
        .arg(m_format.locale().toString(local.date(), QLocale::LongFormat),
            m_format.locale().toString(local.time(), QLocale::ShortFormat), m_format.zoneAt(instant));
}

QString RefundSentences::span(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86'400;
    const qint64 hours = seconds % 86'400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    // Units written short ("d", "h", "min", "s"), which need no plural forms.
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QChar(u'0'));
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

QString RefundSentences::stateLine(const ItemInvestigation& item) const
{
    const QString name = displayName(item.state.state);
    switch (item.state.state) {
    case ItemState::NotStarted:
        return tr("%1, %2 left to start").arg(name, span(*item.state.timeLeftSeconds));
    case ItemState::Active:
        return tr("%1, %2 left").arg(name, span(*item.state.timeLeftSeconds));
    case ItemState::ExpiredUnused:
    case ItemState::ExpiredWatched:
        return tr("%1, %2 ago")
            .arg(name,
                span((item.at.utcTicks() - item.window.end->utcTicks()) / DateTimeOffset::TicksPerSecond));
    default:
        return name;
    }
}

QString RefundSentences::momentOf(const RefundSignal& signal, QStringView field) const
{
    const std::optional<DateTimeOffset> instant = valueOf<DateTimeOffset>(signal, field);
    return instant ? moment(*instant) : DisplayFormat::absent();
}

QString RefundSentences::sentence(const RefundSignal& signal, const ItemInvestigation& item) const
{
    const bool owned = item.facts.ownership == ItemFacts::Ownership::Owned;
    switch (signal.kind) {
    case SignalKind::UnwatchedInCourtesyWindow: {
        const QString bought
            = item.facts.purchasedAt ? moment(*item.facts.purchasedAt) : DisplayFormat::absent();
        return owned
            ? tr("You bought it on %1; it has not been played or downloaded on any device.").arg(bought)
            : tr("You rented it on %1; it has not been played or downloaded on any device.").arg(bought);
    }
    case SignalKind::ExpiredUnused:
        return tr("The rental ended on %1 without being played or downloaded.")
            .arg(momentOf(signal, u"WindowEnd"));
    case SignalKind::DeliveryFailure:
        return tr(
            "A licence was issued on %1, but no device confirmed receiving it, and nothing was played or "
            "downloaded.")
            .arg(momentOf(signal, u"TimeOfFirstPlay"));
    case SignalKind::StoppedEarly:
        return tr("It was streamed on %1 and stopped after %2.")
            .arg(momentOf(signal, u"TimeUserFirstStreamed"),
                span(secondsOf(valueOf<TimeSpan>(signal, u"LastPlayPosition").value_or(TimeSpan()))));
    case SignalKind::Watched:
        return tr("It played to %1 of %2.")
            .arg(span(secondsOf(valueOf<TimeSpan>(signal, u"LastPlayPosition").value_or(TimeSpan()))),
                span(item.facts.lengthSeconds.value_or(0)));
    case SignalKind::Duplicate:
        return duplicate(signal);
    case SignalKind::AlreadyRefunded: {
        const std::optional<QString> reference = valueOf<QString>(signal, u"PaymentProviderRefundTransId");
        return reference
            ? tr("Order %1 was already refunded (reference %2); the refund covers every item in it.")
                  .arg(QString::number(item.facts.orderId), *reference)
            : tr("Order %1 is marked refunded; the refund covers every item in it.")
                  .arg(QString::number(item.facts.orderId));
    }
    case SignalKind::TermsDiffer:
        return termsDiffer(signal);
    case SignalKind::BoxSetPartlyUsed:
        return tr("%n of the %1 titles in this box set have been started.", nullptr,
            int(valueOf<qint64>(signal, u"ChildrenStarted").value_or(0)))
            .arg(valueOf<qint64>(signal, u"Children").value_or(0));
    case SignalKind::ClockAnomaly:
        return tr(
            "The records' times do not fit together (a licence, play or download before the purchase or "
            "before the licence), so a clock may be wrong.");
    case SignalKind::EntitlementConflict:
        return entitlementConflict(signal);
    }
    return QString();
}

QString RefundSentences::duplicate(const RefundSignal& signal) const
{
    const QString earlierOrder = QString::number(valueOf<qint64>(signal, u"EarlierOrderId").value_or(0));
    const QString earlier = valueOf<bool>(signal, u"EarlierOwned").value_or(false)
        ? tr("You already owned this title (order %1, bought on %2).")
              .arg(earlierOrder, momentOf(signal, u"EarlierPurchasedAt"))
        : tr("You already had this title on rental (order %1, rented on %2, running until %3).")
              .arg(earlierOrder, momentOf(signal, u"EarlierPurchasedAt"),
                  momentOf(signal, u"EarlierWindowEnd"));
    const bool earlierUnplayed = valueOf<bool>(signal, u"EarlierNeverPlayed").value_or(false);
    const bool thisUnplayed = valueOf<bool>(signal, u"ThisNeverPlayed").value_or(false);
    QString played;
    if (earlierUnplayed && thisUnplayed)
        played = tr("Neither copy has been played or downloaded.");
    else if (thisUnplayed)
        played = tr("This copy, bought on %1, has not been played or downloaded.")
                     .arg(momentOf(signal, u"PurchasedAt"));
    else if (earlierUnplayed)
        played = tr("The earlier one was never played or downloaded.");
    else
        played = tr("Both copies have been played or downloaded.");
    return tr("%1 %2").arg(earlier, played);
}

QString RefundSentences::termsDiffer(const RefundSignal& signal) const
{
    const QString offer = QString::number(valueOf<qint64>(signal, u"OfferId").value_or(0));
    if (const std::optional<Decimal> offered = valueOf<Decimal>(signal, u"Offer.Price")) {
        const QString currency = valueOf<QString>(signal, u"Offer.Currency").value_or(m_currency);
        return tr("You paid %1; offer %2 on sale at the time was %3.")
            .arg(m_format.money(valueOf<Decimal>(signal, u"UnitPrice"), currency), offer,
                m_format.money(offered, currency));
    }
    if (const std::optional<qint64> days = valueOf<qint64>(signal, u"Offer.RentalTime"))
        return tr("The rental was given %1 d to start; offer %2 on sale at the time gave %3 d.")
            .arg(valueOf<qint64>(signal, u"RentalTime").value_or(0))
            .arg(offer)
            .arg(*days);
    return tr("The rental was given %1 h to watch; offer %2 on sale at the time gave %3 h.")
        .arg(valueOf<qint64>(signal, u"ViewTime").value_or(0))
        .arg(offer)
        .arg(valueOf<qint64>(signal, u"Offer.ViewTime").value_or(0));
}

QString RefundSentences::entitlementConflict(const RefundSignal& signal) const
{
    if (signal.value(u"RentalExpiryTime"))
        return tr("The platform says the rental ends on %1, but its terms give %2.")
            .arg(momentOf(signal, u"RentalExpiryTime"), momentOf(signal, u"ComputedEnd"));
    // The order's offer type by its name, else by its id.
    const std::optional<qint64> offerTypeId = valueOf<qint64>(signal, u"OfferTypeId");
    const QString offerType
        = valueOf<QString>(signal, u"OfferType")
              .value_or(offerTypeId ? QString::number(*offerTypeId) : DisplayFormat::absent());
    if (!signal.value(u"EntitlementType.Name") && valueOf<bool>(signal, u"IsDtr").value_or(false)) {
        return tr("The order says \"%1\", bought to keep, but the title is marked as a download-to-rent "
                  "rental.")
            .arg(offerType);
    }
    return tr("The order says \"%1\", but the platform lists the title as \"%2\".")
        .arg(offerType, valueOf<QString>(signal, u"EntitlementType.Name").value_or(DisplayFormat::absent()));
}

} // namespace ff
