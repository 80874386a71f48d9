// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace ff::cli {

// orders --affiliate N --customer NAME_OR_EMAIL: all purchase orders of a customer.
class OrdersCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("orders"); }
    QString summary() const override
    {
        return QCoreApplication::translate("ff::cli::OrdersCommand", "all purchase orders of a customer");
    }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    qint64 m_affiliate = 0;
    QString m_customer;
};

} // namespace ff::cli
