// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace ff::cli {

// entitlement --affiliate N --supplier-ref REF [--family]: the current entitlement.
class EntitlementCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("entitlement"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ff::cli::EntitlementCommand", "the current entitlement for a supplier ref");
    }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    qint64 m_affiliate = 0;
    QString m_supplierRef;
    bool m_family = false;
};

} // namespace ff::cli
