// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/WriteCommand.h"

#include <QCoreApplication>

namespace ff::cli {

// ack-license --affiliate N --device ID --item ID: acknowledge that a device received a
// licence (a write).
class AckLicenseCommand final : public WriteCommand
{
public:
    QString name() const override { return QStringLiteral("ack-license"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ff::cli::AckLicenseCommand", "acknowledge a licence a device received");
    }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    qint64 m_affiliate = 0;
    QString m_device;
    qint64 m_item = 0;
};

} // namespace ff::cli
