// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ScenarioMix.h"

#include <utility>

namespace ff::sandbox {

QList<Scenario> ScenarioMix::showcase()
{
    QList<Scenario> scenarios;
    for (int s = int(Scenario::RentalUnplayed); s <= int(Scenario::Cancelled); ++s)
        scenarios.append(Scenario(s));
    return scenarios;
}

QList<Scenario> ScenarioMix::draw(SeededRandom& random)
{
    static const QList<std::pair<Scenario, int>> weights {
        { Scenario::RentalExpiredPlayed, 26 },
        { Scenario::RentalUnplayed, 8 },
        { Scenario::RentalWatching, 6 },
        { Scenario::RentalExpiredUnplayed, 8 },
        { Scenario::RentalDeleted, 4 },
        { Scenario::FreeRental, 3 },
        { Scenario::PurchaseDownloadedAcknowledged, 8 },
        { Scenario::PurchaseDownloadedUnacknowledged, 3 },
        { Scenario::PurchaseStreamed, 12 },
        { Scenario::PurchaseUnplayed, 5 },
        { Scenario::BoxSet, 2 },
        { Scenario::Refunded, 5 },
        { Scenario::Pending, 2 },
        { Scenario::Failed, 4 },
        { Scenario::Cancelled, 2 },
    };
    int total = 0;
    for (const auto& weight : weights)
        total += weight.second;
    QList<Scenario> scenarios;
    const int count = int(random.between(3, 12));
    for (int i = 0; i < count; ++i) {
        int roll = int(random.below(quint64(total)));
        for (const auto& weight : weights) {
            if ((roll -= weight.second) < 0) {
                scenarios.append(weight.first);
                break;
            }
        }
    }
    return scenarios;
}

} // namespace ff::sandbox
