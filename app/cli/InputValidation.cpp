// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InputValidation.h"

#include "api/core/GuidText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace ff::cli {

Result<qint64, QString> InputValidation::positiveInteger(const QString& value, const QString& option)
{
    if (value.isEmpty())
        return QCoreApplication::translate("ff::cli::InputValidation", "--%1 is required").arg(option);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!digits.match(value).hasMatch() || !ok || number <= 0)
        return QCoreApplication::translate(
            "ff::cli::InputValidation", "--%1 must be a positive whole number, not \"%2\"")
            .arg(option, value);
    return number;
}

Result<QUuid, QString> InputValidation::guid(const QString& value, const QString& option)
{
    if (value.isEmpty())
        return QCoreApplication::translate("ff::cli::InputValidation", "--%1 is required").arg(option);
    const auto uuid = GuidText::parse(QStringView(value));
    if (!uuid)
        return QCoreApplication::translate("ff::cli::InputValidation",
            "--%1 must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538, not \"%2\"")
            .arg(option, value);
    return *uuid;
}

Result<QDate, QString> InputValidation::date(const QString& value, const QString& option)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!shape.match(value).hasMatch() || !date.isValid())
        return QCoreApplication::translate(
            "ff::cli::InputValidation", "--%1 must be a date as YYYY-MM-DD, not \"%2\"")
            .arg(option, value);
    return date;
}

Result<int, QString> InputValidation::seconds(const QString& value, const QString& option)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,4}(\\.[0-9]{0,6})?|\\.[0-9]{1,6})$"));
    const double seconds = shape.match(value).hasMatch() ? value.toDouble() : 0;
    if (seconds < 0.1 || seconds > 3600)
        return QCoreApplication::translate("ff::cli::InputValidation",
            "--%1 must be a number of seconds from 0.1 to 3600, such as 30 or 2.5, not \"%2\"")
            .arg(option, value);
    return int(std::lround(seconds * 1000));
}

std::optional<QString> InputValidation::pathValueProblem(const QString& value, const QString& option)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("ff::cli::InputValidation", "--%1 is empty").arg(option);
    if (value == QLatin1String(".") || value == QLatin1String(".."))
        return QCoreApplication::translate("ff::cli::InputValidation", "--%1 cannot be \"%2\"")
            .arg(option, value);
    return std::nullopt;
}

Result<InputValidation::Customer, QString> InputValidation::customer(const QCommandLineParser& parser)
{
    const auto affiliate
        = positiveInteger(parser.value(QStringLiteral("affiliate")), QStringLiteral("affiliate"));
    if (!affiliate)
        return affiliate.error();
    const QString name = parser.value(QStringLiteral("customer"));
    if (const auto problem = pathValueProblem(name, QStringLiteral("customer")))
        return *problem;
    return Customer { *affiliate, name };
}

} // namespace ff::cli
