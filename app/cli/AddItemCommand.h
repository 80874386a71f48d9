// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrderItem.h"
#include "app/cli/WriteCommand.h"

namespace ff::cli {

// add-item --order ID --item-json FILE|-: add an item to a purchase order (a write).
class AddItemCommand final : public WriteCommand
{
public:
    QString name() const override { return QStringLiteral("add-item"); }
    QString summary() const override { return QStringLiteral("add an item to a purchase order"); }
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;

private:
    qint64 m_order = 0;
    PurchaseOrderItem m_item;
};

} // namespace ff::cli
