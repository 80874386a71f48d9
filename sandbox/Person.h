// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ff::sandbox {

// Someone in an affiliate's roster of test customers (data/people.json): who they are, where
// they live, and what makes their account special.
struct Person
{
    QString username;
    QString email;
    QString fullName;
    QString address;
    QString mobile;
    QString phone;
    std::optional<QString> company; // a business account: purchases need a PO number
    bool inArrears = false; // purchases are not allowed
    QString favouriteRef; // when set, the first order is for this title
};

} // namespace ff::sandbox
