// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrderCell.h"

#include "models/DisplayFormat.h"

#include <QCoreApplication>

namespace ff {

namespace {

template <class T> const std::optional<T>& valueOf(const auto& value)
{
    static const std::optional<T> none;
    const auto* held = std::get_if<std::optional<T>>(&value);
    return held ? *held : none;
}

QVariant textOrNothing(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

const std::optional<QString>& OrderCell::text() const
{
    return valueOf<QString>(m_value);
}

const std::optional<Decimal>& OrderCell::money() const
{
    return valueOf<Decimal>(m_value);
}

QVariant OrderCell::display(const DisplayFormat& format, const QString& currency) const
{
    switch (m_kind) {
    case Kind::Blank:
        return {};
    case Kind::OrderId:
    case Kind::ItemId: {
        const std::optional<qint64>& id = valueOf<qint64>(m_value);
        const QString number = id ? QString::number(*id) : DisplayFormat::absent();
        // The context the orders tree's strings have always had, so that their translations stay.
        return (m_kind == Kind::OrderId ? QCoreApplication::translate("ff::PurchaseOrderModel", "Order %1")
                                        : QCoreApplication::translate("ff::PurchaseOrderModel", "Item %1"))
            .arg(number);
    }
    case Kind::Text:
        return format.text(valueOf<QString>(m_value));
    case Kind::Integer:
        return format.integer(valueOf<qint64>(m_value));
    case Kind::Instant:
        return format.dateTime(valueOf<DateTimeOffset>(m_value));
    case Kind::Money:
        return format.money(valueOf<Decimal>(m_value), currency);
    case Kind::YesNo:
        return format.yesNo(valueOf<bool>(m_value));
    case Kind::Label: {
        const std::optional<QString>& label = valueOf<QString>(m_value);
        return label && !label->isEmpty() ? QVariant(*label) : QVariant();
    }
    }
    return {};
}

QVariant OrderCell::toolTip(const DisplayFormat& format, const QString& currency) const
{
    switch (m_kind) {
    case Kind::OrderId:
    case Kind::ItemId: {
        const std::optional<qint64>& id = valueOf<qint64>(m_value);
        return id ? QVariant(QString::number(*id)) : QVariant();
    }
    case Kind::Instant: {
        const std::optional<DateTimeOffset>& instant = valueOf<DateTimeOffset>(m_value);
        return instant ? QVariant(QString::fromLatin1(instant->toIsoString())) : QVariant();
    }
    case Kind::Money: {
        const std::optional<Decimal>& amount = valueOf<Decimal>(m_value);
        if (!amount)
            return {};
        return currency.isEmpty() ? amount->toString() : amount->toString() + u' ' + currency;
    }
    default: {
        const QString shown = display(format, currency).toString();
        return shown == DisplayFormat::absent() ? QVariant() : textOrNothing(shown);
    }
    }
}

QVariant OrderCell::sortValue() const
{
    if (m_kind == Kind::Label)
        return text() ? QVariant(m_rank) : QVariant();
    return std::visit(
        [](const auto& value) -> QVariant {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
                return {};
            else
                return value ? QVariant::fromValue(*value) : QVariant();
        },
        m_value);
}

SortKey OrderCell::sortKey() const
{
    // As SortComparator orders sortValue(): absent first, then by value; dates as instants,
    // whatever their offsets.
    if (m_kind == Kind::Label)
        return SortKey { text() ? __int128(m_rank) : SortKey::Absent, 0 };
    if (const auto* number = std::get_if<std::optional<qint64>>(&m_value))
        return SortKey { *number ? __int128(**number) : SortKey::Absent, 0 };
    if (const auto* flag = std::get_if<std::optional<bool>>(&m_value))
        return SortKey { *flag ? __int128(**flag) : SortKey::Absent, 0 };
    if (const auto* instant = std::get_if<std::optional<DateTimeOffset>>(&m_value))
        return SortKey { *instant ? __int128((*instant)->utcTicks()) : SortKey::Absent, 0 };
    return {}; // blank: every row of the kind ties
}

QVariant OrderCell::alignment() const
{
    return m_kind == Kind::Money || m_kind == Kind::Integer ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                            : QVariant();
}

} // namespace ff
