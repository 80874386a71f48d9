// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <compare>
#include <optional>
#include <string_view>

class QLocale;

namespace ff {

// An exact decimal number, as .NET's System.Decimal: an integer coefficient and a scale (the
// number of digits after the point, 0 to 28). Money is never a double: 0.1 is exactly 0.1 here,
// and a thousand of them add up to exactly 100.0.
//
// The scale is kept as written, so "4.0" reads and writes back as "4.0"; equality and ordering
// compare values, so 4.0 == 4.00.
class Decimal final
{
public:
    static constexpr int MaxScale = 28;
    // .NET's decimal has a 96-bit coefficient; anything larger cannot have come from the API.
    static constexpr int MaxDigits = 29;

    constexpr Decimal() = default;

    // Reads a JSON number ("-12.30", "4.0", "1E-2") or plain decimal text. Returns nothing for
    // anything else, or for a value outside .NET decimal's range or precision. Zeros at the end
    // of the fraction that a decimal has no room for are dropped, as .NET drops them: Json.NET
    // writes decimal.MaxValue "79228162514264337593543950335.0", read with scale 0.
    static std::optional<Decimal> fromString(std::string_view text);
    static std::optional<Decimal> fromString(QStringView text);
    static Decimal fromUnits(qint64 units, int scale);

    int scale() const { return m_scale; }
    bool isZero() const { return m_coefficient == 0; }
    bool isNegative() const { return m_coefficient < 0; }

    // Checked arithmetic: nothing when the result leaves the representable range.
    std::optional<Decimal> plus(const Decimal& other) const;
    std::optional<Decimal> minus(const Decimal& other) const;
    std::optional<Decimal> times(const Decimal& other) const;
    // Rounds half away from zero, as money is rounded.
    Decimal roundedTo(int scale) const;

    // The value as two integers, ordered as the values are: the whole part and the fraction
    // widened to 28 digits (both negative for a negative value). Worked out once, it lets a sort
    // of many amounts compare integers instead of rescaling on every comparison.
    struct OrderKey
    {
        __int128 whole = 0;
        __int128 fraction = 0;
        friend constexpr auto operator<=>(const OrderKey&, const OrderKey&) = default;
    };
    OrderKey orderKey() const;

    // The exact value with its scale, in the invariant form JSON and the API use ("-3.99").
    QString toString() const;
    std::string toStdString() const;
    // The exact value for a person, with the locale's digit grouping and decimal separator.
    QString toLocaleString(const QLocale& locale) const;

    friend bool operator==(const Decimal& a, const Decimal& b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) { return a.compare(b) <=> 0; }

private:
    int compare(const Decimal& other) const;
    static std::optional<Decimal> make(__int128 coefficient, int scale);

    __int128 m_coefficient = 0;
    int m_scale = 0;
};

} // namespace ff

Q_DECLARE_METATYPE(ff::Decimal)
