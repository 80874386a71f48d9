// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/AccountPurchasesQuery.h"
#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QUuid>

namespace ff::cli {

// purchases --account GUID [--from] [--to] [--paid] [--type] [--software-version] [--xml]:
// an account's credit purchases, from the admin service.
class PurchasesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("purchases"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ff::cli::PurchasesCommand", "an account's credit purchases, with totals per currency");
    }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    QUuid m_account;
    AccountPurchasesQuery m_query;
};

} // namespace ff::cli
