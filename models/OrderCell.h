// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "models/SortKey.h"

#include <QString>
#include <QVariant>
#include <optional>
#include <variant>

namespace ff {

class DisplayFormat;

// One cell of the orders tree as a typed value: what the cell shows, its tooltip, its SortRole
// value and its alignment all follow from the value and its kind. So a column (OrderColumns)
// says once what its cells hold, instead of once per role in a switch of its own.
//
// Made only for the cells a view asks for, and for the keys a sort makes once per row: never
// per comparison.
class OrderCell final
{
public:
    enum class Kind {
        Blank, // the column does not apply to the row: nothing shown, which is not "absent"
        OrderId, // "Order 1001"
        ItemId, // "Item 5001"
        Text,
        Integer,
        Instant,
        Money,
        YesNo,
        Label, // a text of the console's own (a state, a verdict), sorted by a rank of its own
    };

    OrderCell() = default;
    static OrderCell orderId(const std::optional<qint64>& id) { return { Kind::OrderId, id }; }
    static OrderCell itemId(const std::optional<qint64>& id) { return { Kind::ItemId, id }; }
    static OrderCell text(const std::optional<QString>& text) { return { Kind::Text, text }; }
    static OrderCell integer(const std::optional<qint64>& value) { return { Kind::Integer, value }; }
    static OrderCell instant(const std::optional<DateTimeOffset>& value) { return { Kind::Instant, value }; }
    static OrderCell money(const std::optional<Decimal>& amount) { return { Kind::Money, amount }; }
    static OrderCell yesNo(const std::optional<bool>& value) { return { Kind::YesNo, value }; }
    // Not worked out (no text): shown as nothing, sorted first.
    static OrderCell label(const std::optional<QString>& text, qint64 rank)
    {
        OrderCell cell { Kind::Label, text };
        cell.m_rank = rank;
        return cell;
    }

    Kind kind() const { return m_kind; }
    // A Text cell's text, what its collation key is made of; none for other kinds.
    const std::optional<QString>& text() const;
    // A Money cell's amount, what its exact key is made of; none for other kinds.
    const std::optional<Decimal>& money() const;

    // An absent value as the dash, a blank cell as nothing; money in the given currency.
    QVariant display(const DisplayFormat& format, const QString& currency) const;
    // The whole value, in a form that can be copied and searched for elsewhere: a date in ISO
    // form with its offset, an exact amount with its currency code, an id as its number.
    QVariant toolTip(const DisplayFormat& format, const QString& currency) const;
    // SortRole: the typed value (qint64, QString, DateTimeOffset, Decimal, bool), an invalid
    // variant when absent or blank; a label's rank.
    QVariant sortValue() const;
    // The key of an id, integer, instant or yes/no, absent first. Texts and amounts sort by keys
    // prepared when loading (OrderRowKeys), not by this.
    SortKey sortKey() const;
    // Numbers right-aligned, as in a ledger.
    QVariant alignment() const;

private:
    using Value = std::variant<std::monostate, std::optional<qint64>, std::optional<QString>,
        std::optional<DateTimeOffset>, std::optional<Decimal>, std::optional<bool>>;

    OrderCell(Kind kind, Value value)
        : m_kind(kind)
        , m_value(std::move(value))
    { }

    Kind m_kind = Kind::Blank;
    Value m_value;
    qint64 m_rank = 0; // a label's
};

} // namespace ff
