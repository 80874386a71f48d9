// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/RefundTerms.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace ff {

namespace {

// One row per value, in the enum's order: its identifier and its name for people (untranslated
// here, translated when asked for).
struct Term
{
    std::string_view identifier;
    const char* name;
};

constexpr std::array StateTerms {
    Term { "unpaid", QT_TRANSLATE_NOOP("ff::RefundTerms", "Unpaid") },
    Term { "refunded", QT_TRANSLATE_NOOP("ff::RefundTerms", "Refunded") },
    Term { "deleted", QT_TRANSLATE_NOOP("ff::RefundTerms", "Deleted") },
    Term { "owned-unplayed", QT_TRANSLATE_NOOP("ff::RefundTerms", "Owned, not played") },
    Term { "owned-played", QT_TRANSLATE_NOOP("ff::RefundTerms", "Owned, played") },
    Term { "not-started", QT_TRANSLATE_NOOP("ff::RefundTerms", "Not started") },
    Term { "active", QT_TRANSLATE_NOOP("ff::RefundTerms", "Active") },
    Term { "expired-unused", QT_TRANSLATE_NOOP("ff::RefundTerms", "Expired, unused") },
    Term { "expired-watched", QT_TRANSLATE_NOOP("ff::RefundTerms", "Expired, watched") },
    Term { "unknown", QT_TRANSLATE_NOOP("ff::RefundTerms", "Unknown") },
};
static_assert(StateTerms.size() == size_t(ItemState::Unknown) + 1);

constexpr std::array VerdictTerms {
    Term { "already-refunded", QT_TRANSLATE_NOOP("ff::RefundTerms", "Already refunded") },
    Term { "nothing-paid", QT_TRANSLATE_NOOP("ff::RefundTerms", "Nothing paid") },
    Term { "due", QT_TRANSLATE_NOOP("ff::RefundTerms", "Refund due") },
    Term { "review", QT_TRANSLATE_NOOP("ff::RefundTerms", "Review") },
    Term { "not-due", QT_TRANSLATE_NOOP("ff::RefundTerms", "No refund due") },
};
static_assert(VerdictTerms.size() == size_t(RefundVerdict::NotDue) + 1);

constexpr std::array SignalTerms {
    Term { "unwatched-in-courtesy-window",
        QT_TRANSLATE_NOOP("ff::RefundTerms", "Unwatched in the courtesy window") },
    Term { "expired-unused", QT_TRANSLATE_NOOP("ff::RefundTerms", "Expired unused") },
    Term { "delivery-failure", QT_TRANSLATE_NOOP("ff::RefundTerms", "Delivery failure") },
    Term { "stopped-early", QT_TRANSLATE_NOOP("ff::RefundTerms", "Stopped early") },
    Term { "watched", QT_TRANSLATE_NOOP("ff::RefundTerms", "Watched") },
    Term { "duplicate", QT_TRANSLATE_NOOP("ff::RefundTerms", "Duplicate") },
    Term { "already-refunded", QT_TRANSLATE_NOOP("ff::RefundTerms", "Already refunded") },
    Term { "terms-differ", QT_TRANSLATE_NOOP("ff::RefundTerms", "Terms differ") },
    Term { "box-set-partly-used", QT_TRANSLATE_NOOP("ff::RefundTerms", "Box set partly used") },
    Term { "clock-anomaly", QT_TRANSLATE_NOOP("ff::RefundTerms", "Clock anomaly") },
    Term { "entitlement-conflict", QT_TRANSLATE_NOOP("ff::RefundTerms", "Entitlement conflict") },
};
static_assert(SignalTerms.size() == size_t(SignalKindCount));

constexpr std::array WeightTerms {
    Term { "supports", QT_TRANSLATE_NOOP("ff::RefundTerms", "Supports a refund") },
    Term { "review", QT_TRANSLATE_NOOP("ff::RefundTerms", "Needs review") },
    Term { "opposes", QT_TRANSLATE_NOOP("ff::RefundTerms", "Opposes a refund") },
};
static_assert(WeightTerms.size() == size_t(SignalWeight::Opposes) + 1);

template <class Enum, size_t N>
std::optional<Enum> lookUp(const std::array<Term, N>& terms, std::string_view text)
{
    for (size_t i = 0; i < N; ++i) {
        if (terms[i].identifier == text)
            return Enum(i);
    }
    return std::nullopt;
}

QString translated(const Term& term)
{
    return QCoreApplication::translate("ff::RefundTerms", term.name);
}

} // namespace

std::string_view identifier(ItemState state)
{
    return StateTerms[size_t(state)].identifier;
}

std::string_view identifier(RefundVerdict verdict)
{
    return VerdictTerms[size_t(verdict)].identifier;
}

std::string_view identifier(SignalKind kind)
{
    return SignalTerms[size_t(kind)].identifier;
}

std::string_view identifier(SignalWeight weight)
{
    return WeightTerms[size_t(weight)].identifier;
}

std::optional<SignalKind> signalKindFromIdentifier(std::string_view text)
{
    return lookUp<SignalKind>(SignalTerms, text);
}

std::optional<SignalWeight> signalWeightFromIdentifier(std::string_view text)
{
    return lookUp<SignalWeight>(WeightTerms, text);
}

QString displayName(ItemState state)
{
    return translated(StateTerms[size_t(state)]);
}

QString displayName(RefundVerdict verdict)
{
    return translated(VerdictTerms[size_t(verdict)]);
}

QString displayName(SignalKind kind)
{
    return translated(SignalTerms[size_t(kind)]);
}

QString displayName(SignalWeight weight)
{
    return translated(WeightTerms[size_t(weight)]);
}

} // namespace ff
