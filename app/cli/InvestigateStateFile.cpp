// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InvestigateStateFile.h"

#include "api/codec/JsonWriter.h"
#include "app/cli/InvestigateSettings.h"
#include "investigation/RefundPolicyJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>

namespace ff::cli {

namespace {

const QString AffiliateKey = QStringLiteral("AffiliateId");
const QString CustomerKey = QStringLiteral("Customer");
const QString OptionsKey = QStringLiteral("Options");
const QString AtKey = QStringLiteral("At");
const QString PolicyKey = QStringLiteral("Policy");
const QString PolicyHashKey = QStringLiteral("PolicySha256");
const QString EntitlementsKey = QStringLiteral("Entitlements");
const QString CandidatesOnlyKey = QStringLiteral("CandidatesOnly");

QString given(bool set)
{
    return set ? QCoreApplication::translate("ff::cli::InvestigateStateFile", "given")
               : QCoreApplication::translate("ff::cli::InvestigateStateFile", "not given");
}

QString atText(const QJsonValue& at)
{
    return at.isString() ? at.toString()
                         : QCoreApplication::translate(
                             "ff::cli::InvestigateStateFile", "not given (the instant each run starts)");
}

QString policyText(const QJsonValue& file)
{
    return file.isString() ? file.toString()
                           : QCoreApplication::translate("ff::cli::InvestigateStateFile", "no --policy");
}

} // namespace

InvestigateStateFile::InvestigateStateFile(
    const QString& path, qint64 affiliateId, const QJsonObject& options)
    : m_file(path)
    , m_affiliateId(affiliateId)
    , m_options(options)
{ }

QJsonObject InvestigateStateFile::optionsOf(
    const InvestigateSettings& settings, bool atGiven, const QString& policyFile)
{
    // The instant in UTC, so that the same one written with another offset is the same --at.
    const QByteArray policy = RefundPolicyJson::write(settings.policy);
    return {
        { AtKey,
            atGiven ? QJsonValue(QString::fromLatin1(settings.at.toUtcMillisecondsString())) : QJsonValue() },
        { PolicyKey,
            policyFile.isEmpty() ? QJsonValue() : QJsonValue(QFileInfo(policyFile).absoluteFilePath()) },
        { PolicyHashKey,
            QString::fromLatin1(QCryptographicHash::hash(policy, QCryptographicHash::Sha256).toHex()) },
        { EntitlementsKey, settings.entitlements },
        { CandidatesOnlyKey, settings.candidatesOnly },
    };
}

Result<std::unique_ptr<InvestigateStateFile>, QString> InvestigateStateFile::open(
    const QString& path, qint64 affiliateId, const QJsonObject& options)
{
    auto state = std::unique_ptr<InvestigateStateFile>(new InvestigateStateFile(path, affiliateId, options));
    QFile& file = state->m_file;
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return QCoreApplication::translate("ff::cli::InvestigateStateFile", "--state %1: %2")
            .arg(path, file.errorString());
    file.seek(0);
    bool endsWithNewline = true;
    std::optional<QJsonObject> recorded; // the last options recorded for this affiliate
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        endsWithNewline = line.endsWith('\n');
        if (!endsWithNewline)
            break; // cut short when the run was stopped: that customer was not recorded
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(AffiliateKey).toInteger() != affiliateId)
            continue;
        if (entry.value(CustomerKey).isString())
            state->m_finished.insert(entry.value(CustomerKey).toString());
        else if (entry.value(OptionsKey).isObject())
            recorded = entry.value(OptionsKey).toObject();
    }
    if (recorded && !state->m_finished.isEmpty()) {
        if (const auto differ = differences(*recorded, options))
            return QCoreApplication::translate("ff::cli::InvestigateStateFile",
                "--state %1 holds customers of affiliate %2 worked out with other options, "
                "and its results and this run's would disagree: %3. Run with the options "
                "it was begun with, or give another --state file")
                .arg(path)
                .arg(affiliateId)
                .arg(*differ);
        state->m_optionsRecorded = true;
    }
    // A partial last line is ended here, so that the next record starts a line of its own.
    if (!endsWithNewline && (file.write("\n") != 1 || !file.flush()))
        return QCoreApplication::translate("ff::cli::InvestigateStateFile", "--state %1: %2")
            .arg(path, file.errorString());
    return state;
}

std::optional<QString> InvestigateStateFile::differences(const QJsonObject& then, const QJsonObject& now)
{
    QStringList differ;
    if (then.value(AtKey) != now.value(AtKey))
        differ.append(
            QCoreApplication::translate("ff::cli::InvestigateStateFile", "--at was %1 and is now %2")
                .arg(atText(then.value(AtKey)), atText(now.value(AtKey))));
    if (then.value(PolicyHashKey) != now.value(PolicyHashKey))
        differ.append(QCoreApplication::translate("ff::cli::InvestigateStateFile",
            "the policy differs (--policy was %1 and is now %2; its content counts)")
                          .arg(policyText(then.value(PolicyKey)), policyText(now.value(PolicyKey))));
    for (const auto& [key, option] : { std::pair { EntitlementsKey, QStringLiteral("--entitlements") },
             std::pair { CandidatesOnlyKey, QStringLiteral("--candidates-only") } }) {
        if (then.value(key) != now.value(key))
            differ.append(
                QCoreApplication::translate("ff::cli::InvestigateStateFile", "%1 was %2 and is now %3")
                    .arg(option, given(then.value(key).toBool()), given(now.value(key).toBool())));
    }
    if (differ.isEmpty())
        return std::nullopt;
    return differ.join(QStringLiteral("; "));
}

std::optional<QString> InvestigateStateFile::record(const QString& customer)
{
    // The options first, once, before the first customer they shaped.
    if (!m_optionsRecorded) {
        const QJsonObject entry { { AffiliateKey, m_affiliateId }, { OptionsKey, m_options } };
        if (const auto problem = append(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n'))
            return problem;
        m_optionsRecorded = true;
    }
    JsonWriter writer;
    writer.beginObject();
    writer.field("AffiliateId", m_affiliateId);
    writer.field("Customer", customer);
    writer.endObject();
    if (const auto problem = append(writer.take() + '\n'))
        return problem;
    m_finished.insert(customer);
    return std::nullopt;
}

std::optional<QString> InvestigateStateFile::append(const QByteArray& line)
{
    if (m_file.write(line) != line.size() || !m_file.flush())
        return QCoreApplication::translate("ff::cli::InvestigateStateFile", "--state %1: %2")
            .arg(m_file.fileName(), m_file.errorString());
    return std::nullopt;
}

} // namespace ff::cli
