// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLogReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ff {

namespace {

AuditEntry::Outcome outcomeFrom(const QString& name)
{
    if (name == QLatin1String("succeeded"))
        return AuditEntry::Outcome::Succeeded;
    if (name == QLatin1String("failed"))
        return AuditEntry::Outcome::Failed;
    return AuditEntry::Outcome::Unknown;
}

AuditEntry::Reconciled reconciledFrom(const QString& name)
{
    if (name == QLatin1String("applied"))
        return AuditEntry::Reconciled::Applied;
    if (name == QLatin1String("not-applied"))
        return AuditEntry::Reconciled::NotApplied;
    return AuditEntry::Reconciled::Uncertain;
}

std::optional<QJsonObject> objectIn(const QByteArray& text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

const AuditDecision* AuditLogContents::lastDecision(qint64 affiliateId, qint64 itemId) const
{
    for (auto decision = decisions.crbegin(); decision != decisions.crend(); ++decision) {
        if (decision->affiliateId == affiliateId && decision->itemId == itemId)
            return &*decision;
    }
    return nullptr;
}

AuditLogContents AuditLogReader::read(const QByteArray& bytes)
{
    AuditLogReader reader;
    int number = 0;
    for (const QByteArray& line : bytes.split('\n'))
        reader.takeLine(line, ++number);
    return std::move(reader.m_contents);
}

void AuditLogReader::takeLine(const QByteArray& line, int number)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    if (const auto object = objectIn(trimmed)) {
        take(*object);
        return;
    }
    // A fragment with a record glued after it: the record starts at one of the later "{" (not
    // at a known key: an object's keys are written sorted, so a record may begin with any).
    for (qsizetype glued = trimmed.indexOf('{', 1); glued > 0; glued = trimmed.indexOf('{', glued + 1)) {
        const auto object = objectIn(trimmed.mid(glued));
        if (object && object->contains(QLatin1String("event"))) {
            m_contents.damaged.append({ number, trimmed.left(glued) });
            take(*object);
            return;
        }
    }
    m_contents.damaged.append({ number, trimmed });
}

void AuditLogReader::take(const QJsonObject& object)
{
    const QString event = text(object, "event");
    const QString id = text(object, "id");
    if (event == QLatin1String("attempt")) {
        AuditEntry entry;
        entry.id = id;
        entry.source = text(object, "source");
        entry.profile = text(object, "profile");
        entry.operatingSystemUser = text(object, "osUser");
        entry.endpoint = text(object, "endpoint");
        entry.ids = object.value(QStringLiteral("ids")).toObject();
        entry.ticket = text(object, "ticket");
        entry.reason = text(object, "reason");
        entry.requestSummary = text(object, "request");
        entry.attemptedAt = text(object, "time");
        entry.outcome = AuditEntry::Outcome::Unknown; // until an outcome line says otherwise
        m_byId.insert(id, m_contents.entries.size());
        m_contents.entries.append(entry);
        return;
    }
    if (event == QLatin1String("decision")) {
        takeDecision(object);
        return;
    }
    // An outcome or a read-back whose attempt is not there (on a damaged line) has nothing to
    // belong to; an event of a later version is not ours to read.
    const auto at = m_byId.constFind(id);
    if (at == m_byId.cend())
        return;
    AuditEntry& entry = m_contents.entries[*at];
    if (event == QLatin1String("outcome")) {
        entry.outcome = outcomeFrom(text(object, "outcome"));
        entry.httpStatus = object.value(QStringLiteral("httpStatus")).toInt();
        entry.requestId = text(object, "requestId");
        entry.message = text(object, "message");
        entry.finishedAt = text(object, "time");
    } else if (event == QLatin1String("reconciled")) {
        entry.reconciled = reconciledFrom(text(object, "reconciled"));
        entry.reconciliation = text(object, "message");
        entry.reconciledAt = text(object, "time");
    }
}

void AuditLogReader::takeDecision(const QJsonObject& object)
{
    AuditDecision decision;
    for (const auto& [key, member] : AuditDecision::textFields())
        decision.*member = text(object, key);
    for (const auto& [key, member] : AuditDecision::numberFields())
        decision.*member = object.value(QLatin1String(key)).toInteger();
    decision.policy = object.value(QStringLiteral("policy")).toObject();
    decision.asOfSet = object.value(QStringLiteral("asOfSet")).toBool();
    m_contents.decisions.append(decision);
}

} // namespace ff
