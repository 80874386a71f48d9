// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/SharedValue.h"
#include "api/dto/Field.h"
#include "models/CsvWriter.h"

#include <QByteArray>
#include <QList>
#include <tuple>

namespace ff::cli {

// CSV columns generated from a DTO's fields(): scalars become columns named after the API
// field ("Order.Id", "Order.Status.Code"), nested objects are flattened, lists are left out
// (they become rows of their own elsewhere).
class CsvColumns final
{
public:
    template <Dto T> static void headers(CsvWriter& csv, const QByteArray& prefix)
    {
        std::apply([&](const auto&... field) { (header<T>(csv, prefix, field), ...); }, T::fields());
    }

    // The cells of one object; a null object writes as many empty cells.
    template <Dto T> static void cells(CsvWriter& csv, const T* object)
    {
        std::apply([&](const auto&... field) { (cellOf(csv, object, field), ...); }, T::fields());
    }

private:
    template <class> struct IsList : std::false_type
    {
    };
    template <class U> struct IsList<QList<U>> : std::true_type
    {
    };

    template <class T, class Field>
    static void header(CsvWriter& csv, const QByteArray& prefix, const Field& field)
    {
        using Member = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
        const QByteArray name = prefix + QByteArray(field.name.data(), qsizetype(field.name.size()));
        if constexpr (requires { typename Member::value_type; }) {
            using Value = typename Member::value_type;
            if constexpr (IsList<Value>::value)
                return;
            else if constexpr (Dto<Value>)
                headers<Value>(csv, name + '.');
            else
                csv.text(std::string_view(name.constData(), size_t(name.size())));
        }
    }

    template <class T, class Field> static void cellOf(CsvWriter& csv, const T* object, const Field& field)
    {
        using Member = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
        if constexpr (requires { typename Member::value_type; }) {
            using Value = typename Member::value_type;
            if constexpr (IsList<Value>::value) {
                return;
            } else if constexpr (Dto<Value>) {
                const auto* nested
                    = object && (object->*(field.member)) ? &*(object->*(field.member)) : nullptr;
                cells<Value>(csv, nested);
            } else if (object) {
                csv.cell(object->*(field.member));
            } else {
                csv.empty();
            }
        }
    }
};

} // namespace ff::cli
