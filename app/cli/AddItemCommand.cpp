// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AddItemCommand.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "api/codec/JsonReader.h"
#include "api/domain/NewItemRules.h"
#include "app/cli/InputValidation.h"
#include "app/cli/OrderOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace ff::cli {

namespace {

constexpr qint64 MaxItemJsonBytes = 1024 * 1024;

} // namespace

QList<QCommandLineOption> AddItemCommand::options() const
{
    return auditOptions()
        + QList<QCommandLineOption> { { QStringLiteral("order"),
                                          QCoreApplication::translate(
                                              "ff::cli::AddItemCommand", "Purchase order id."),
                                          QStringLiteral("ID") },
              { QStringLiteral("item-json"),
                  QCoreApplication::translate(
                      "ff::cli::AddItemCommand", "A PurchaseOrderItem as JSON, from a file or - for stdin."),
                  QStringLiteral("FILE|-") },
              { QStringLiteral("affiliate"),
                  QCoreApplication::translate("ff::cli::AddItemCommand",
                      "The order's affiliate: with --customer, read the order back when the answer "
                      "says nothing certain."),
                  QStringLiteral("N") },
              { QStringLiteral("customer"),
                  QCoreApplication::translate(
                      "ff::cli::AddItemCommand", "The order's customer (name or email), with --affiliate."),
                  QStringLiteral("NAME_OR_EMAIL") } };
}

std::optional<QString> AddItemCommand::validate(const QCommandLineParser& parser)
{
    const auto order
        = InputValidation::positiveInteger(parser.value(QStringLiteral("order")), QStringLiteral("order"));
    if (!order)
        return order.error();
    m_order = *order;

    const QString path = parser.value(QStringLiteral("item-json"));
    if (path.isEmpty())
        return QCoreApplication::translate(
            "ff::cli::AddItemCommand", "--item-json is required (a file, or - for stdin)");
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return QCoreApplication::translate("ff::cli::AddItemCommand", "cannot read --item-json %1: %2")
            .arg(path, file.errorString());
    const QByteArray json = file.read(MaxItemJsonBytes + 1);
    if (json.size() > MaxItemJsonBytes)
        return QCoreApplication::translate(
            "ff::cli::AddItemCommand", "--item-json is larger than 1 MB: not an item");
    const auto item = readJson<PurchaseOrderItem>(json);
    if (!item)
        return QCoreApplication::translate(
            "ff::cli::AddItemCommand", "--item-json is not a valid PurchaseOrderItem: %1")
            .arg(item.error().toString());
    QStringList problems;
    for (const NewItemRules::Problem& problem : NewItemRules::problems(*item, m_order))
        problems.append(problem.toString());
    if (!problems.isEmpty())
        return QCoreApplication::translate("ff::cli::AddItemCommand", "--item-json: %1")
            .arg(problems.join(QStringLiteral("; ")));
    m_item = *item;
    const bool affiliateGiven = parser.isSet(QStringLiteral("affiliate"));
    if (affiliateGiven != parser.isSet(QStringLiteral("customer")))
        return QCoreApplication::translate("ff::cli::AddItemCommand",
            "--affiliate and --customer go together: the order's customer, to read it back");
    if (affiliateGiven) {
        const auto customer = InputValidation::customer(parser);
        if (!customer)
            return customer.error();
        m_readBack.emplace(customer->affiliateId, customer->name);
    }
    readAuditOptions(parser);
    return std::nullopt;
}

void AddItemCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    const QString what
        = QCoreApplication::translate("ff::cli::AddItemCommand", "add-item to order %1").arg(m_order);
    const auto unresolved
        = [this](const AuditLog& log) { return AuditedWrites::unresolvedAddItem(log, m_order); };
    if (const auto refused = refusalForUnresolved(client, unresolved, what)) {
        done(*refused);
        return;
    }
    if (!m_readBack) {
        send(client, format, std::nullopt, done);
        return;
    }
    m_readBack->readBefore(client, [this, &client, format, done](WriteReadBack::Orders orders) {
        if (!orders) {
            done(CommandOutcome::failure(orders.error()));
            return;
        }
        std::optional<PurchaseOrder> before = WriteReadBack::find(*orders, m_order);
        if (!before) {
            done(CommandOutcome::failure(ExitCode::BadInput,
                QCoreApplication::translate("ff::cli::AddItemCommand",
                    "order %1 is not one of this customer's orders, so it could not be read back; "
                    "nothing was sent")
                    .arg(m_order)));
            return;
        }
        send(client, format, std::move(before), done);
    });
}

void AddItemCommand::send(
    ApiClient& client, OutputFormat format, std::optional<PurchaseOrder> before, Done done)
{
    const AuditEntry entry = auditEntry();
    AuditedWrites::addItem(client, AuditLog(), entry, m_order, m_item, nullptr,
        [this, &client, format, before, done, id = entry.id](Result<PurchaseOrder, ApiError> result) {
            if (result) {
                done(CommandOutcome::success(OrderOutput::format(*result, format)));
                return;
            }
            const ApiError& error = result.error();
            if (!error.outcomeUnknown) {
                done(CommandOutcome::failure(error));
                return;
            }
            if (!before) {
                done(unknownOutcome(error,
                    QCoreApplication::translate("ff::cli::AddItemCommand",
                        "ffconsole-cli orders --affiliate N --customer NAME lists order %1's items "
                        "(add-item --affiliate N --customer NAME reads it back by itself)")
                        .arg(m_order)));
                return;
            }
            m_readBack->readAfter(
                client, AuditLog(), id, error,
                [this, before](const QList<PurchaseOrder>& after) -> std::optional<WriteVerification> {
                    const std::optional<PurchaseOrder> order = WriteReadBack::find(after, m_order);
                    if (!order)
                        return std::nullopt;
                    return WriteVerification::ofAddedItem(*before, m_item, *order);
                },
                [this, format](const QList<PurchaseOrder>& after) {
                    return OrderOutput::format(
                        WriteReadBack::find(after, m_order).value_or(PurchaseOrder()), format);
                },
                done);
        });
}

} // namespace ff::cli
