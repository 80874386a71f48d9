// SPDX-License-Identifier: GPL-3.0-or-later
#include "investigation/RefundPolicyJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <functional>

namespace ff {

namespace {

// Reads one key's value into the policy, or says what is wrong with it.
using KeyReader = std::function<std::optional<QString>(const QJsonValue& value, RefundPolicy& policy)>;

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // JSON numbers arrive as doubles; the policy's are small whole numbers, exact below 2^53.
    if (std::floor(number) != number || std::abs(number) > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

KeyReader number(qint64 RefundPolicy::*member, qint64 minimum, qint64 maximum)
{
    return [=](const QJsonValue& value, RefundPolicy& policy) -> std::optional<QString> {
        const std::optional<qint64> whole = wholeNumber(value);
        if (!whole || *whole < minimum || *whole > maximum)
            return QCoreApplication::translate(
                "ff::RefundPolicyJson", "expected a whole number from %1 to %2")
                .arg(minimum)
                .arg(maximum);
        policy.*member = *whole;
        return std::nullopt;
    };
}

KeyReader texts(QList<QString> RefundPolicy::*member)
{
    return [=](const QJsonValue& value, RefundPolicy& policy) -> std::optional<QString> {
        if (!value.isArray())
            return QCoreApplication::translate("ff::RefundPolicyJson", "expected an array of strings");
        QList<QString> list;
        for (const QJsonValue& element : value.toArray()) {
            if (!element.isString() || element.toString().trimmed().isEmpty())
                return QCoreApplication::translate(
                    "ff::RefundPolicyJson", "expected an array of strings, none of them empty");
            list.append(element.toString().trimmed());
        }
        policy.*member = list;
        return std::nullopt;
    };
}

KeyReader numbers(QList<qint64> RefundPolicy::*member)
{
    return [=](const QJsonValue& value, RefundPolicy& policy) -> std::optional<QString> {
        if (!value.isArray())
            return QCoreApplication::translate("ff::RefundPolicyJson", "expected an array of whole numbers");
        QList<qint64> list;
        for (const QJsonValue& element : value.toArray()) {
            const std::optional<qint64> whole = wholeNumber(element);
            if (!whole)
                return QCoreApplication::translate(
                    "ff::RefundPolicyJson", "expected an array of whole numbers");
            list.append(*whole);
        }
        policy.*member = list;
        return std::nullopt;
    };
}

std::optional<QString> readWeights(const QJsonValue& value, RefundPolicy& policy)
{
    if (!value.isObject())
        return QCoreApplication::translate(
            "ff::RefundPolicyJson", "expected an object of signal names and weights");
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const std::optional<SignalKind> kind = signalKindFromIdentifier(name.toStdString());
        if (!kind)
            return QCoreApplication::translate("ff::RefundPolicyJson", "\"%1\" is not a signal")
                .arg(it.key());
        if (*kind == SignalKind::AlreadyRefunded)
            return QCoreApplication::translate(
                "ff::RefundPolicyJson", "\"already-refunded\" has no weight: the state decides");
        const QByteArray word = it.value().toString().toUtf8();
        const std::optional<SignalWeight> weight
            = it.value().isString() ? signalWeightFromIdentifier(word.toStdString()) : std::nullopt;
        if (!weight)
            return QCoreApplication::translate("ff::RefundPolicyJson",
                "the weight of \"%1\" must be \"supports\", \"review\" or \"opposes\"")
                .arg(it.key());
        policy.weights[size_t(*kind)] = weight;
    }
    return std::nullopt;
}

struct Key
{
    const char* name;
    KeyReader read;
};

const QList<Key>& keys()
{
    static const QList<Key> table {
        { "CourtesyWindowHours", number(&RefundPolicy::courtesyWindowHours, 0, 24 * 366) },
        { "EarlyStopMinutes", number(&RefundPolicy::earlyStopMinutes, 0, 24 * 60) },
        { "WatchedPercent", number(&RefundPolicy::watchedPercent, 1, 100) },
        { "OwnedOfferTypes", texts(&RefundPolicy::ownedOfferTypes) },
        { "OwnedOfferTypeIds", numbers(&RefundPolicy::ownedOfferTypeIds) },
        { "OwnedEntitlementTypes", texts(&RefundPolicy::ownedEntitlementTypes) },
        { "RentalEntitlementTypes", texts(&RefundPolicy::rentalEntitlementTypes) },
        { "PendingStatusCodes", texts(&RefundPolicy::pendingStatusCodes) },
        { "FailedStatusCodes", texts(&RefundPolicy::failedStatusCodes) },
        { "RefundedStatusCodes", texts(&RefundPolicy::refundedStatusCodes) },
        { "ClockSkewSeconds", number(&RefundPolicy::clockSkewSeconds, 0, 24 * 3600) },
        { "SignalWeights", readWeights },
    };
    return table;
}

QJsonArray arrayOf(const QList<QString>& list)
{
    QJsonArray array;
    for (const QString& text : list)
        array.append(text);
    return array;
}

QJsonArray arrayOf(const QList<qint64>& list)
{
    QJsonArray array;
    for (const qint64 number : list)
        array.append(number);
    return array;
}

} // namespace

Result<RefundPolicy, QString> RefundPolicyJson::read(const QByteArray& json)
{
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a UTF-8 byte-order mark, as Windows editors write
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate(
            "ff::RefundPolicyJson", "the policy is not valid JSON: %1 (at byte %2)")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return QCoreApplication::translate("ff::RefundPolicyJson", "the policy must be a JSON object");
    return read(document.object());
}

Result<RefundPolicy, QString> RefundPolicyJson::read(const QJsonObject& object)
{
    RefundPolicy policy;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Key* key = nullptr;
        for (const Key& candidate : keys()) {
            if (it.key() == QLatin1String(candidate.name))
                key = &candidate;
        }
        if (!key)
            return QCoreApplication::translate("ff::RefundPolicyJson", "\"%1\" is not a policy setting")
                .arg(it.key());
        if (const std::optional<QString> problem = key->read(it.value(), policy))
            return QCoreApplication::translate("ff::RefundPolicyJson", "%1: %2").arg(it.key(), *problem);
    }
    return policy;
}

QJsonObject RefundPolicyJson::toObject(const RefundPolicy& policy)
{
    QJsonObject weights;
    for (int kind = 0; kind < SignalKindCount; ++kind) {
        if (const std::optional<SignalWeight> weight = policy.weights[size_t(kind)]) {
            const std::string_view name = identifier(SignalKind(kind));
            const std::string_view word = identifier(*weight);
            weights.insert(QString::fromLatin1(name.data(), qsizetype(name.size())),
                QString::fromLatin1(word.data(), qsizetype(word.size())));
        }
    }
    return QJsonObject {
        { QStringLiteral("CourtesyWindowHours"), policy.courtesyWindowHours },
        { QStringLiteral("EarlyStopMinutes"), policy.earlyStopMinutes },
        { QStringLiteral("WatchedPercent"), policy.watchedPercent },
        { QStringLiteral("OwnedOfferTypes"), arrayOf(policy.ownedOfferTypes) },
        { QStringLiteral("OwnedOfferTypeIds"), arrayOf(policy.ownedOfferTypeIds) },
        { QStringLiteral("OwnedEntitlementTypes"), arrayOf(policy.ownedEntitlementTypes) },
        { QStringLiteral("RentalEntitlementTypes"), arrayOf(policy.rentalEntitlementTypes) },
        { QStringLiteral("PendingStatusCodes"), arrayOf(policy.pendingStatusCodes) },
        { QStringLiteral("FailedStatusCodes"), arrayOf(policy.failedStatusCodes) },
        { QStringLiteral("RefundedStatusCodes"), arrayOf(policy.refundedStatusCodes) },
        { QStringLiteral("ClockSkewSeconds"), policy.clockSkewSeconds },
        { QStringLiteral("SignalWeights"), weights },
    };
}

QByteArray RefundPolicyJson::write(const RefundPolicy& policy)
{
    return QJsonDocument(toObject(policy)).toJson(QJsonDocument::Compact);
}

} // namespace ff
