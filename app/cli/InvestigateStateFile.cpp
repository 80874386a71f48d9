// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateStateFile.h"

#include "api/codec/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ff::cli {

InvestigateStateFile::InvestigateStateFile(const QString& path, qint64 affiliateId)
    : m_file(path)
    , m_affiliateId(affiliateId)
{ }

Result<std::unique_ptr<InvestigateStateFile>, QString> InvestigateStateFile::open(
    const QString& path, qint64 affiliateId)
{
    auto state = std::unique_ptr<InvestigateStateFile>(new InvestigateStateFile(path, affiliateId));
    QFile& file = state->m_file;
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return QStringLiteral("--state %1: %2").arg(path, file.errorString());
    file.seek(0);
    bool endsWithNewline = true;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        endsWithNewline = line.endsWith('\n');
        if (!endsWithNewline)
            break; // cut short when the run was stopped: that customer was not recorded
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(QStringLiteral("AffiliateId")).toInteger() == affiliateId
            && entry.value(QStringLiteral("Customer")).isString())
            state->m_finished.insert(entry.value(QStringLiteral("Customer")).toString());
    }
    // A partial last line is ended here, so that the next record starts a line of its own.
    if (!endsWithNewline && (file.write("\n") != 1 || !file.flush()))
        return QStringLiteral("--state %1: %2").arg(path, file.errorString());
    return state;
}

std::optional<QString> InvestigateStateFile::record(const QString& customer)
{
    JsonWriter writer;
    writer.beginObject();
    writer.field("AffiliateId", m_affiliateId);
    writer.field("Customer", customer);
    writer.endObject();
    const QByteArray line = writer.take() + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush())
        return QStringLiteral("--state %1: %2").arg(m_file.fileName(), m_file.errorString());
    m_finished.insert(customer);
    return std::nullopt;
}

} // namespace ff::cli
