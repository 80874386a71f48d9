// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrderItem.h"
#include "app/cli/WriteCommand.h"
#include "app/cli/WriteReadBack.h"

#include <QCoreApplication>
#include <optional>

namespace ff::cli {

// add-item --order ID --item-json FILE|- [--affiliate N --customer NAME]: add an item to a
// purchase order (a write). With the order's customer named, an answer that says nothing
// certain is followed by reading the orders back (WriteReadBack): applied (exit 0), not applied
// (exit 6, safe to send again) or not certain (exit 6).
class AddItemCommand final : public WriteCommand
{
public:
    QString name() const override { return QStringLiteral("add-item"); }
    QString summary() const override
    {
        return QCoreApplication::translate("ff::cli::AddItemCommand", "add an item to a purchase order");
    }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    // Sends it; before: the order as read first, when it will be read back.
    void send(ApiClient& client, OutputFormat format, std::optional<PurchaseOrder> before, Done done);

    qint64 m_order = 0;
    PurchaseOrderItem m_item;
    std::optional<WriteReadBack> m_readBack;
};

} // namespace ff::cli
