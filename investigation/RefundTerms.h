// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <string_view>

namespace ff {

// The words of a refund investigation. Each has an identifier that scripts rely on (the CLI's
// JSON, the policy file, the audit log): lower-case with hyphens, never translated.

// Where an item stands at an instant. The first that applies wins, in this order. A byte each
// (as the verdict), since the orders tree keeps one per item (InvestigatedItem).
enum class ItemState : quint8 {
    Unpaid, // the order's status is pending, failed or cancelled
    Refunded, // the order was refunded (every item of it)
    Deleted, // the item is flagged deleted
    OwnedUnplayed, // bought to keep, never streamed or downloaded
    OwnedPlayed, // bought to keep, streamed or downloaded
    NotStarted, // a rental with no licence, nothing streamed or downloaded, before its end
    Active, // a rental started (licence, stream or download), before its end
    ExpiredUnused, // a rental at or after its end, never streamed or downloaded
    ExpiredWatched, // a rental at or after its end, streamed or downloaded
    Unknown, // the facts do not say; the reasons are given
};

// What the investigation concludes about a refund.
enum class RefundVerdict : quint8 {
    AlreadyRefunded,
    NothingPaid,
    Due, // something supports a refund and nothing opposes it
    Review, // a person must judge: the evidence for and against is shown side by side
    NotDue,
};

// A fact about an item that bears on a refund, with the fields that raised it.
enum class SignalKind {
    UnwatchedInCourtesyWindow,
    ExpiredUnused,
    DeliveryFailure,
    StoppedEarly,
    Watched,
    Duplicate,
    AlreadyRefunded,
    TermsDiffer,
    BoxSetPartlyUsed,
    ClockAnomaly,
    EntitlementConflict,
};
constexpr int SignalKindCount = int(SignalKind::EntitlementConflict) + 1;

// How a signal weighs on the verdict (the policy sets it per kind).
enum class SignalWeight {
    Supports, // a refund
    Review, // needs a person's judgement
    Opposes, // a refund
};

// Identifiers, and back. fromIdentifier gives nothing for a word that is not one.
std::string_view identifier(ItemState state);
std::string_view identifier(RefundVerdict verdict);
std::string_view identifier(SignalKind kind);
std::string_view identifier(SignalWeight weight);
std::optional<SignalKind> signalKindFromIdentifier(std::string_view text);
std::optional<SignalWeight> signalWeightFromIdentifier(std::string_view text);

// For people, in the interface language: "Expired, unused", "Refund due", "Unwatched in the
// courtesy window".
QString displayName(ItemState state);
QString displayName(RefundVerdict verdict);
QString displayName(SignalKind kind);
QString displayName(SignalWeight weight);

// A refund candidate is an item whose verdict is due or review.
constexpr bool isRefundCandidate(RefundVerdict verdict)
{
    return verdict == RefundVerdict::Due || verdict == RefundVerdict::Review;
}

} // namespace ff
