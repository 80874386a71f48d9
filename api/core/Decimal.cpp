// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/core/Decimal.h"

#include <QLocale>
#include <algorithm>
#include <array>

namespace ff {

namespace {

using Int128 = __int128;

constexpr Int128 powerOfTen(int exponent)
{
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

constexpr Int128 CoefficientLimit = powerOfTen(Decimal::MaxDigits); // exclusive bound on |coefficient|

// 10^0 to 10^28: a scale's unit without a loop.
constexpr auto PowersOfTen = [] {
    std::array<Int128, Decimal::MaxScale + 1> powers {};
    for (int i = 0; i <= Decimal::MaxScale; ++i)
        powers[size_t(i)] = powerOfTen(i);
    return powers;
}();

bool multiplyByPowerOfTen(Int128 value, int exponent, Int128* result)
{
    for (int i = 0; i < exponent; ++i) {
        if (__builtin_mul_overflow(value, Int128(10), &value))
            return false;
    }
    *result = value;
    return true;
}

std::string digitsOf(Int128 magnitude)
{
    std::string digits;
    do {
        digits.push_back(char('0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    std::reverse(digits.begin(), digits.end());
    return digits;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<Decimal> Decimal::make(Int128 coefficient, int scale)
{
    // Too many digits, but some are zeros after the point: dropping those changes nothing
    // (10000000000000000000000000000.0 is 1E28 exactly). Anything else is never rounded here.
    while ((coefficient >= CoefficientLimit || coefficient <= -CoefficientLimit) && scale > 0
        && coefficient % 10 == 0) {
        coefficient /= 10;
        --scale;
    }
    if (scale < 0 || scale > MaxScale || coefficient >= CoefficientLimit || coefficient <= -CoefficientLimit)
        return std::nullopt;
    Decimal d;
    d.m_coefficient = coefficient;
    d.m_scale = scale;
    return d;
}

Decimal Decimal::fromUnits(qint64 units, int scale)
{
    return make(units, std::clamp(scale, 0, MaxScale)).value_or(Decimal());
}

std::optional<Decimal> Decimal::fromString(std::string_view text)
{
    // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    size_t i = 0;
    const size_t n = text.size();
    const bool negative = i < n && text[i] == '-';
    if (negative)
        ++i;
    if (i >= n || !isDigit(text[i]))
        return std::nullopt;
    if (text[i] == '0' && i + 1 < n && isDigit(text[i + 1]))
        return std::nullopt; // leading zeros are not JSON

    Int128 coefficient = 0;
    int significantDigits = 0;
    auto takeDigit = [&](char c) {
        if (coefficient == 0 && c == '0')
            return true; // leading zeros carry no precision
        if (++significantDigits > MaxDigits)
            return false;
        coefficient = coefficient * 10 + (c - '0');
        return true;
    };
    for (; i < n && isDigit(text[i]); ++i) {
        if (!takeDigit(text[i]))
            return std::nullopt;
    }
    int fractionDigits = 0;
    // Zeros at the end of the fraction are counted apart: they change nothing, and the ones
    // that do not fit are dropped below (Json.NET writes decimal.MaxValue with ".0").
    int trailingZeros = 0;
    if (i < n && text[i] == '.') {
        ++i;
        if (i >= n || !isDigit(text[i]))
            return std::nullopt;
        for (; i < n && isDigit(text[i]); ++i) {
            if (text[i] == '0') {
                ++trailingZeros;
                continue;
            }
            for (; trailingZeros > 0; --trailingZeros, ++fractionDigits) {
                if (!takeDigit('0'))
                    return std::nullopt;
            }
            if (!takeDigit(text[i]))
                return std::nullopt;
            ++fractionDigits;
        }
    }
    int exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        if (i >= n || !isDigit(text[i]))
            return std::nullopt;
        for (; i < n && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 1000)
                return std::nullopt;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // The fewest digits after the point that keep the value, then back up to the scale as
    // written while the digits fit, as .NET's decimal.Parse keeps what zeros it can: never a
    // digit that is not zero is dropped, so nothing is ever rounded.
    const int writtenScale = fractionDigits + trailingZeros - exponent;
    int scale = fractionDigits - exponent;
    if (scale < 0) {
        if (!multiplyByPowerOfTen(coefficient, -scale, &coefficient))
            return std::nullopt;
        scale = 0;
    }
    for (; scale < writtenScale && scale < MaxScale && coefficient < CoefficientLimit / 10; ++scale)
        coefficient *= 10;
    return make(negative ? -coefficient : coefficient, scale);
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    return fromString(std::string_view(latin.constData(), size_t(latin.size())));
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    Int128 a = 0;
    Int128 b = 0;
    Int128 sum = 0;
    if (!multiplyByPowerOfTen(m_coefficient, scale - m_scale, &a)
        || !multiplyByPowerOfTen(other.m_coefficient, scale - other.m_scale, &b)
        || __builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return make(sum, scale);
}

std::optional<Decimal> Decimal::minus(const Decimal& other) const
{
    Decimal negated = other;
    negated.m_coefficient = -negated.m_coefficient;
    return plus(negated);
}

std::optional<Decimal> Decimal::times(const Decimal& other) const
{
    Int128 product = 0;
    if (__builtin_mul_overflow(m_coefficient, other.m_coefficient, &product))
        return std::nullopt;
    Decimal raw;
    raw.m_coefficient = product;
    raw.m_scale = m_scale + other.m_scale;
    if (raw.m_scale > MaxScale)
        raw = raw.roundedTo(MaxScale);
    return make(raw.m_coefficient, raw.m_scale);
}

Decimal Decimal::roundedTo(int scale) const
{
    scale = std::clamp(scale, 0, MaxScale);
    if (scale >= m_scale) {
        Int128 widened = 0;
        if (!multiplyByPowerOfTen(m_coefficient, scale - m_scale, &widened))
            return *this; // more digits than a decimal holds: keep the exact value as it is
        return make(widened, scale).value_or(*this);
    }
    const Int128 divisor = powerOfTen(m_scale - scale);
    Int128 quotient = m_coefficient / divisor;
    const Int128 remainder = m_coefficient % divisor;
    const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= divisor)
        quotient += m_coefficient < 0 ? -1 : 1;
    Decimal rounded;
    rounded.m_coefficient = quotient;
    rounded.m_scale = scale;
    return rounded;
}

Decimal::OrderKey Decimal::orderKey() const
{
    // Neither part can overflow: |whole| < 10^29, |fraction| < 10^28.
    const Int128 unit = PowersOfTen[size_t(m_scale)];
    return OrderKey { m_coefficient / unit,
        (m_coefficient % unit) * PowersOfTen[size_t(MaxScale - m_scale)] };
}

int Decimal::compare(const Decimal& other) const
{
    const OrderKey a = orderKey();
    const OrderKey b = other.orderKey();
    return a < b ? -1 : (b < a ? 1 : 0);
}

std::string Decimal::toStdString() const
{
    std::string digits = digitsOf(m_coefficient < 0 ? -m_coefficient : m_coefficient);
    if (m_scale > 0) {
        if (int(digits.size()) <= m_scale)
            digits.insert(0, size_t(m_scale + 1) - digits.size(), '0');
        digits.insert(digits.size() - size_t(m_scale), 1, '.');
    }
    if (m_coefficient < 0)
        digits.insert(0, 1, '-');
    return digits;
}

QString Decimal::toString() const
{
    return QString::fromStdString(toStdString());
}

QString Decimal::toLocaleString(const QLocale& locale) const
{
    const Int128 magnitude = m_coefficient < 0 ? -m_coefficient : m_coefficient;
    const Int128 whole = magnitude / powerOfTen(m_scale);
    QString text = whole <= Int128(std::numeric_limits<qlonglong>::max())
        ? locale.toString(qlonglong(whole))
        : QString::fromStdString(digitsOf(whole));
    if (m_scale > 0) {
        std::string fraction = digitsOf(magnitude % powerOfTen(m_scale));
        fraction.insert(0, size_t(m_scale) - fraction.size(), '0');
        text += locale.decimalPoint() + QString::fromStdString(fraction);
    }
    if (m_coefficient < 0)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace ff
