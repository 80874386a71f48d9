// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/Decimal.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QLocale>
#include <cstddef>
#include <cstdint>
#include <string_view>

using ff::Decimal;
using ff::fuzz::check;

namespace {

QByteArray show(const Decimal& a)
{
    return a.toString().toUtf8();
}

// fromString(toString(x)) is x, to the digit and the scale.
void roundTrips(const Decimal& value)
{
    const std::string text = value.toStdString();
    const std::optional<Decimal> again = Decimal::fromString(text);
    check(again && *again == value && again->scale() == value.scale(), "fromString(toString(x)) == x",
        QByteArray::fromStdString(text));
    check(value.toString() == QString::fromStdString(text), "toString and toStdString agree",
        QByteArray::fromStdString(text));
    // The C locale groups no digits and writes '.', so a person sees the invariant text.
    check(value.toLocaleString(QLocale::c()) == value.toString(), "toLocaleString(C) == toString()",
        show(value));
}

} // namespace

// Decimal: the input is one or two numbers separated by a space. Each that reads must write
// back exactly; two that read are added, subtracted, multiplied, compared and rounded, and
// every result that fits must obey exact arithmetic.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const size_t space = input.find(' ');
    const std::optional<Decimal> a = Decimal::fromString(input.substr(0, space));
    // The UTF-16 overload reads what the UTF-8 one does, for text that is Latin-1.
    const QString wide
        = QString::fromLatin1(input.substr(0, space).data(), qsizetype(input.substr(0, space).size()));
    const std::optional<Decimal> aWide = Decimal::fromString(QStringView(wide));
    check(a.has_value() == aWide.has_value() && (!a || (*a == *aWide && a->scale() == aWide->scale())),
        "fromString(QStringView) agrees with fromString(std::string_view)");
    if (!a)
        return 0;
    roundTrips(*a);
    check(a->isZero() == (*a == Decimal()), "isZero() is equality with 0", show(*a));
    check(a->isNegative() == (*a < Decimal()), "isNegative() is < 0", show(*a));

    // Rounding to fewer digits moves the value by at most half a unit of the last place kept.
    for (int scale = 0; scale <= Decimal::MaxScale; scale += 3) {
        const Decimal rounded = a->roundedTo(scale);
        roundTrips(rounded);
        if (const auto error = rounded.minus(*a)) {
            const Decimal halfUnit = Decimal::fromUnits(5, scale + 1);
            const Decimal magnitude = error->isNegative() ? Decimal().minus(*error).value() : *error;
            check(scale + 1 > Decimal::MaxScale || magnitude <= halfUnit,
                "roundedTo moves by at most half a unit",
                show(*a) + " to " + QByteArray::number(scale) + " gives " + show(rounded));
        }
    }

    if (space == std::string_view::npos)
        return 0;
    const std::optional<Decimal> b = Decimal::fromString(input.substr(space + 1));
    if (!b)
        return 0;
    roundTrips(*b);
    const QByteArray operands = show(*a) + " and " + show(*b);

    check((*a <=> *b) == (0 <=> (*b <=> *a)), "comparison is antisymmetric", operands);
    if (const auto sum = a->plus(*b)) {
        roundTrips(*sum);
        check(b->plus(*a) == sum, "a + b == b + a", operands);
        const auto back = sum->minus(*b);
        check(back && *back == *a, "(a + b) - b == a", operands);
    }
    if (const auto difference = a->minus(*b)) {
        roundTrips(*difference);
        check((*difference <=> Decimal()) == (*a <=> *b), "the sign of a - b orders a and b", operands);
    }
    if (const auto product = a->times(*b)) {
        roundTrips(*product);
        check(b->times(*a) == product, "a * b == b * a", operands);
        check(product->isZero() == (a->isZero() || b->isZero()) || product->scale() == Decimal::MaxScale,
            "a product is zero when a factor is (or when rounded to 28 places)", operands);
    }
    return 0;
}
