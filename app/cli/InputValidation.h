// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/Result.h"

#include <QDate>
#include <QString>
#include <QUuid>
#include <optional>

class QCommandLineParser;

namespace ff::cli {

// Checks of command-line values, each with the message a person needs to fix the input.
struct InputValidation
{
    static Result<qint64, QString> positiveInteger(const QString& value, const QString& option);
    static Result<QUuid, QString> guid(const QString& value, const QString& option);
    static Result<QDate, QString> date(const QString& value, const QString& option);
    // A number of seconds from 0.1 to 3600, as milliseconds: digits with an optional fraction,
    // so that "nan", "inf", "-1", "1e-9" or "0x10" are refused rather than read by strtod.
    static Result<int, QString> seconds(const QString& value, const QString& option);
    // Why a value cannot be a URL path segment (empty, "." or ".."), or nothing when it can.
    static std::optional<QString> pathValueProblem(const QString& value, const QString& option);

    // --affiliate N --customer NAME_OR_EMAIL: whose orders.
    struct Customer
    {
        qint64 affiliateId = 0;
        QString name;
    };
    static Result<Customer, QString> customer(const QCommandLineParser& parser);
};

} // namespace ff::cli
