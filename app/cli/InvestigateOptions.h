// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/profile/ConnectionProfile.h"
#include "app/cli/InvestigateSettings.h"

#include <QCommandLineOption>
#include <optional>

class QCommandLineParser;

namespace ff::cli {

// The options investigate and report share (--affiliate, --customer, --at, --policy,
// --entitlements), read into the settings the items are worked out with, and the profile's
// policy and zone for the affiliate: a report is worked out exactly as investigate works out
// the same customer.
class InvestigateOptions final
{
public:
    static QCommandLineOption affiliate();
    static QCommandLineOption customer();
    static QCommandLineOption at();
    static QCommandLineOption policy();
    static QCommandLineOption entitlements();

    // Reads --affiliate, --at, --policy and --entitlements: an error message (exit code 2), or
    // nothing when every value may be used.
    std::optional<QString> read(const QCommandLineParser& parser, InvestigateSettings& settings);
    // The affiliate's policy (unless --policy gave one) and zone from the profile, as the window
    // takes them; an error message when what the profile holds does not read.
    std::optional<QString> useProfile(const ConnectionProfile& profile, InvestigateSettings& settings) const;
    // --at, else now: what the run is worked out at.
    DateTimeOffset instant() const;

    const std::optional<DateTimeOffset>& asOf() const { return m_at; }
    const QString& policyFile() const { return m_policyFile; }

private:
    std::optional<DateTimeOffset> m_at;
    QString m_policyFile; // --policy, which wins over the profile's
};

} // namespace ff::cli
