// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "investigation/RefundPolicy.h"

#include <QLocale>
#include <QTimeZone>

namespace ff::cli {

// What every customer of an investigate run is investigated with, read from the command line
// before anything is sent.
struct InvestigateSettings
{
    qint64 affiliateId = 0;
    RefundPolicy policy; // --policy FILE, else the profile's for the affiliate, else the defaults
    // --at, else the instant the run started: every customer of a list is seen at the same one.
    DateTimeOffset at;
    bool candidatesOnly = false;
    bool entitlements = false;
    int concurrency = 4; // requests in flight at once
    // The zone the sentences name dates in: the affiliate's in the profile, else this machine's.
    QTimeZone zone = QTimeZone::systemTimeZone();
    // The sentences go to JSON, JSON Lines and CSV only, which are English whatever the locale
    // (UntranslatedScope), and the case report: their dates are written in English too.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
};

} // namespace ff::cli
