// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ff::test {

// The bytes of a file in tests/fixtures (the API pages' samples and hostile inputs); fails the
// running test if it cannot be read.
QByteArray fixture(const QString& name);

} // namespace ff::test
