// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Journal.h"

#include "api/codec/JsonReader.h"
#include "api/codec/JsonWriter.h"
#include "sandbox/LogCategory.h"

#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ff::sandbox {

using namespace Qt::StringLiterals;

Result<std::unique_ptr<Journal>, QString> Journal::open(const QString& path)
{
    std::unique_ptr<Journal> journal(new Journal(path));
    if (!journal->m_file.open(QIODevice::ReadWrite | QIODevice::Append))
        return QStringLiteral("cannot open the data file %1: %2").arg(path, journal->m_file.errorString());
    journal->m_file.seek(0);
    const QByteArray content = journal->m_file.readAll();
    journal->m_file.seek(journal->m_file.size());
    if (content.trimmed().isEmpty())
        return journal;

    QList<QByteArray> lines = content.split('\n');
    // The last line is cut short only if the sandbox died while writing it; that write was
    // never answered, so it is dropped.
    if (!content.endsWith('\n')) {
        qCWarning(lcSandbox) << "the data file ends with an unfinished line; ignoring it";
        lines.removeLast();
    }
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    if (first.value(u"journal"_s).toString() != u"ffconsole-sandbox"_s
        || first.value(u"version"_s).toInt() != 1)
        return QStringLiteral("%1 is not an ffconsole-sandbox data file").arg(path);
    bool seedOk = false;
    Header header;
    header.seed = first.value(u"seed"_s).toString().toULongLong(&seedOk);
    header.scale = first.value(u"scale"_s).toInt();
    const std::optional<DateTimeOffset> now
        = DateTimeOffset::parse(QStringView(first.value(u"now"_s).toString()));
    if (!seedOk || !now)
        return QStringLiteral("%1: the first line does not record a seed and an instant").arg(path);
    header.now = *now;
    journal->m_header = header;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            journal->m_records.append(lines.at(i));
    }
    return journal;
}

Journal::~Journal() = default;

Result<bool, QString> Journal::writeHeader(const Header& header)
{
    const QJsonObject object {
        { u"journal"_s, u"ffconsole-sandbox"_s },
        { u"version"_s, 1 },
        { u"seed"_s, QString::number(header.seed) }, // as text: a 64-bit seed does not fit a double
        { u"scale"_s, header.scale },
        { u"now"_s, QString::fromLatin1(header.now.toIsoString()) },
    };
    if (!appendLine(QJsonDocument(object).toJson(QJsonDocument::Compact)))
        return QStringLiteral("cannot write the data file %1: %2")
            .arg(m_file.fileName(), m_file.errorString());
    m_header = header;
    return true;
}

Result<int, QString> Journal::replay(SandboxData& data)
{
    int applied = 0;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const QString where = QStringLiteral("%1, line %2").arg(m_file.fileName()).arg(i + 2);
        const QJsonObject record = QJsonDocument::fromJson(m_records.at(i)).object();
        const QString op = record.value(u"op"_s).toString();
        if (op == u"add-item"_s) {
            const auto item = readJson<PurchaseOrderItem>(record.value(u"item"_s).toString().toUtf8());
            if (!item)
                return QString(where + u": "_s + item.error().toString());
            if (!data.addItem(item.value()))
                return QString(
                    where + u": the item's purchase order is not in the data, or its id is taken"_s);
        } else if (op == u"acknowledge-licence"_s) {
            const std::optional<ItemRef> ref
                = data.findItem(qint64(record.value(u"purchaseOrderItemId"_s).toDouble()));
            const std::optional<DateTimeOffset> at
                = DateTimeOffset::parse(QStringView(record.value(u"at"_s).toString()));
            if (!ref || !at)
                return QString(where + u": no such purchase order item, or no date"_s);
            data.acknowledgeLicence(*ref, qint64(record.value(u"deviceId"_s).toDouble()), *at);
        } else {
            return QString(where + QStringLiteral(": unknown operation \"%1\"").arg(op));
        }
        ++applied;
    }
    m_records.clear();
    return applied;
}

bool Journal::appendAddItem(const PurchaseOrderItem& item)
{
    const QJsonObject object {
        { u"op"_s, u"add-item"_s },
        { u"item"_s, QString::fromUtf8(JsonWriter::toJson(item)) },
    };
    return appendLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool Journal::appendAcknowledgeLicence(qint64 purchaseOrderItemId, qint64 deviceId, const DateTimeOffset& at)
{
    const QJsonObject object {
        { u"op"_s, u"acknowledge-licence"_s },
        { u"purchaseOrderItemId"_s, double(purchaseOrderItemId) },
        { u"deviceId"_s, double(deviceId) },
        { u"at"_s, QString::fromLatin1(at.toIsoString()) },
    };
    return appendLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool Journal::appendLine(const QByteArray& line)
{
    if (m_file.write(line + '\n') != line.size() + 1 || !m_file.flush())
        return false;
#ifdef Q_OS_UNIX
    // On disk before the client hears "200": a crash after answering must not lose the write.
    if (::fsync(m_file.handle()) != 0)
        return false;
#endif
    return true;
}

} // namespace ff::sandbox
