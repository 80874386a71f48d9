// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Scenario.h"
#include "sandbox/SeededRandom.h"

#include <QList>

namespace ff::sandbox {

// Which orders a customer has: a showcase customer one of every kind, so that each case an
// agent meets is there whatever the seed; anyone else a realistic mix, mostly rentals watched
// and expired.
class ScenarioMix final
{
public:
    static QList<Scenario> showcase();
    // Three to twelve orders, drawn by how common each kind is.
    static QList<Scenario> draw(SeededRandom& random);
};

} // namespace ff::sandbox
