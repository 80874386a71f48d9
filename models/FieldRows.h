// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/GuidText.h"
#include "api/core/SharedValue.h"
#include "api/dto/Field.h"
#include "models/DisplayFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>
#include <tuple>

namespace ff {

// Every field of a DTO as (label, shown value, raw value) rows, generated from its fields() so
// that nothing the API sent is left out of the details pane. Labels are the API's names split
// into words ("PaymentProviderTransactionId" → "Payment provider transaction id"; "License"
// spelt "licence", as agents read it everywhere).
struct FieldRow
{
    QString label;
    QString apiName;
    QString shown; // as an agent reads it: local time, money with currency, "—" when absent
    QString raw; // what Copy puts on the clipboard: the exact value, empty when absent
    int depth = 0; // nested objects (Status) indent their fields
};

class FieldRows final
{
    Q_DECLARE_TR_FUNCTIONS(FieldRows)

public:
    FieldRows(const DisplayFormat& format, QString currency)
        : m_format(format)
        , m_currency(std::move(currency))
    { }

    template <Dto T> QList<FieldRow> of(const T& object, int depth = 0) const
    {
        QList<FieldRow> rows;
        std::apply([&](const auto&... field) { (add(rows, field.name, object.*(field.member), depth), ...); },
            T::fields());
        return rows;
    }

    static QString labelFor(std::string_view apiName);

private:
    template <class M>
    void add(QList<FieldRow>& rows, std::string_view name, const M& member, int depth) const
    {
        const QString api = QString::fromLatin1(name.data(), qsizetype(name.size()));
        if constexpr (requires {
                          member.has_value();
                          *member;
                      }) {
            using Value = std::remove_cvref_t<decltype(*member)>;
            if constexpr (std::is_same_v<M, SharedValue<Value>>) {
                rows.append({ labelFor(name), api, member ? tr("present (see the family below)") : dash(),
                    QString(), depth });
            } else if constexpr (requires {
                                     typename Value::value_type;
                                     typename Value::const_iterator;
                                 }
                && !std::is_same_v<Value, QString>) {
                rows.append({ labelFor(name), api,
                    member ? tr("%n entries", nullptr, int(member->size())) : dash(), QString(), depth });
            } else if constexpr (Dto<Value>) {
                rows.append({ labelFor(name), api, member ? QString() : dash(), QString(), depth });
                if (member)
                    rows.append(of(*member, depth + 1));
            } else {
                rows.append({ labelFor(name), api, member ? shown(*member) : dash(),
                    member ? raw(*member) : QString(), depth });
            }
        }
    }

    QString shown(const QString& value) const { return value.isEmpty() ? tr("(empty)") : value; }
    QString shown(qint64 value) const { return QString::number(value); }
    QString shown(bool value) const { return m_format.yesNo(value); }
    QString shown(const Decimal& value) const { return m_format.money(value, m_currency); }
    QString shown(const DateTimeOffset& value) const { return m_format.dateTime(value); }
    QString shown(const TimeSpan& value) const { return m_format.duration(value); }
    QString shown(const QUuid& value) const { return QString::fromLatin1(GuidText::toText(value)); }

    static QString raw(const QString& value) { return value; }
    static QString raw(qint64 value) { return QString::number(value); }
    static QString raw(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString raw(const Decimal& value) { return value.toString(); }
    static QString raw(const DateTimeOffset& value) { return QString::fromLatin1(value.toIsoString()); }
    static QString raw(const TimeSpan& value) { return QString::fromLatin1(value.toString()); }
    static QString raw(const QUuid& value) { return QString::fromLatin1(GuidText::toText(value)); }

    static QString dash() { return QStringLiteral("—"); }

    const DisplayFormat& m_format;
    QString m_currency;
};

} // namespace ff
