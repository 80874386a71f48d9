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
#include <QFile>
#include <cstdio>

namespace ff::cli {

namespace {

constexpr qint64 MaxItemJsonBytes = 1024 * 1024;

} // namespace

QList<QCommandLineOption> AddItemCommand::options() const
{
    return auditOptions()
        + QList<QCommandLineOption> { { QStringLiteral("order"), QStringLiteral("Purchase order id."),
                                          QStringLiteral("ID") },
              { QStringLiteral("item-json"),
                  QStringLiteral("A PurchaseOrderItem as JSON, from a file or - for stdin."),
                  QStringLiteral("FILE|-") } };
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
        return QStringLiteral("--item-json is required (a file, or - for stdin)");
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return QStringLiteral("cannot read --item-json %1: %2").arg(path, file.errorString());
    const QByteArray json = file.read(MaxItemJsonBytes + 1);
    if (json.size() > MaxItemJsonBytes)
        return QStringLiteral("--item-json is larger than 1 MB: not an item");
    const auto item = readJson<PurchaseOrderItem>(json);
    if (!item)
        return QStringLiteral("--item-json is not a valid PurchaseOrderItem: %1")
            .arg(item.error().toString());
    QStringList problems;
    for (const NewItemRules::Problem& problem : NewItemRules::problems(*item, m_order))
        problems.append(problem.toString());
    if (!problems.isEmpty())
        return QStringLiteral("--item-json: %1").arg(problems.join(QStringLiteral("; ")));
    m_item = *item;
    readAuditOptions(parser);
    return std::nullopt;
}

void AddItemCommand::run(ApiClient& client, OutputFormat format, Done done)
{
    AuditedWrites::addItem(client, AuditLog(), auditEntry(), m_order, m_item, nullptr,
        [format, done](Result<PurchaseOrder, ApiError> result) {
            done(result ? CommandOutcome::success(OrderOutput::format(*result, format))
                        : CommandOutcome::failure(result.error()));
        });
}

} // namespace ff::cli
