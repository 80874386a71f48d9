// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxOptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <algorithm>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

Result<SandboxOptions, QString> SandboxOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A FilmFlex platform API on loopback with seeded, realistic data and faults on demand.\n"
        "The secrets come from FFCONSOLE_SANDBOX_TOKEN and FFCONSOLE_SANDBOX_CONTROL_TOKEN, or are\n"
        "generated; either way they are printed on stdout."_s);
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s);
    const QCommandLineOption allowRemote(u"allow-remote"_s, u"Allow a --host that is not loopback."_s);
    const QCommandLineOption port(
        u"port"_s, u"Port to listen on; 0 for any free one (default 8080)."_s, u"port"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data (default 1)."_s, u"n"_s);
    const QCommandLineOption scale(
        u"scale"_s, u"Add bulk.buyer@filmflex.example with this many order items."_s, u"n"_s);
    const QCommandLineOption data(
        u"data"_s, u"Journal writes to this file and replay them on start."_s, u"file"_s);
    const QCommandLineOption auth(u"auth"_s, u"bearer, apikey or basic (default bearer)."_s, u"scheme"_s);
    const QCommandLineOption apiKeyHeader(
        u"apikey-header"_s, u"Header carrying the API key (default X-Api-Key)."_s, u"name"_s);
    const QCommandLineOption basicUser(
        u"basic-user"_s, u"User name for basic auth (default agent)."_s, u"name"_s);
    const QCommandLineOption delay(u"delay-ms"_s, u"Delay every /api response."_s, u"ms"_s);
    const QCommandLineOption failRate(
        u"fail-rate"_s, u"Answer this fraction (0..1) of /api requests with 503."_s, u"p"_s);
    const QCommandLineOption truncate(u"truncate"_s, u"Send only half of every /api response body."_s);
    const QCommandLineOption references(
        u"json-references"_s, u"Write entitlements with Json.NET $id/$ref references."_s);
    const QCommandLineOption now(u"now"_s,
        u"The instant the data is generated around (ISO 8601; default: this minute)."_s, u"instant"_s);
    const QCommandLineOption exitWithParent(
        u"exit-with-parent"_s, u"Exit when the process that started this one does."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No summary on stderr."_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"Connections open at once; more are refused (default 64)."_s, u"n"_s);
    const QCommandLineOption requestTimeout(
        u"request-timeout-ms"_s, u"Time a client has to send a whole request (default 10000)."_s, u"ms"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout-ms"_s,
        u"Time a kept-alive connection may sit idle between requests (default 120000)."_s, u"ms"_s);
    parser.addOptions(
        { host, allowRemote, port, seed, scale, data, auth, apiKeyHeader, basicUser, delay, failRate,
            truncate, references, now, exitWithParent, quiet, maxConnections, requestTimeout, idleTimeout });
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    if (!parser.parse(arguments))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());

    SandboxOptions options;
    if (parser.isSet(help) || parser.isSet(version)) {
        options.help = true;
        options.helpText
            = parser.isSet(help) ? parser.helpText() : u"ffconsole-sandbox " FFCONSOLE_VERSION "\n"_s;
        return options;
    }
    auto number
        = [&parser](const QCommandLineOption& option, qint64 low, qint64 high) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < low || value > high)
            return std::nullopt;
        return value;
    };

    if (parser.isSet(host))
        options.host = parser.value(host);
    options.allowRemote = parser.isSet(allowRemote);
    QHostAddress address(options.host == u"localhost"_s ? u"127.0.0.1"_s : options.host);
    if (address.isNull())
        return QStringLiteral("--host: '%1' is not an IP address").arg(options.host);
    if (!address.isLoopback() && !options.allowRemote)
        return QStringLiteral(
            "--host %1 is not a loopback address; the sandbox has no TLS and a test secret, so pass "
            "--allow-remote if you really mean it")
            .arg(options.host);
    if (parser.isSet(port)) {
        const auto value = number(port, 0, 65535);
        if (!value)
            return QStringLiteral("--port: '%1' is not a port number (0 to 65535)").arg(parser.value(port));
        options.port = quint16(*value);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return QStringLiteral("--seed: '%1' is not a non-negative integer").arg(parser.value(seed));
    }
    if (parser.isSet(scale)) {
        const auto value = number(scale, 0, 2'000'000);
        if (!value)
            return QStringLiteral("--scale: '%1' is not a number of items (0 to 2000000)")
                .arg(parser.value(scale));
        options.scale = int(*value);
    }
    if (parser.isSet(data)) {
        options.dataFile = parser.value(data);
        if (options.dataFile.isEmpty())
            return u"--data needs a file name"_s;
    }
    if (parser.isSet(auth)) {
        const std::optional<Authenticator::Scheme> scheme = Authenticator::parseScheme(parser.value(auth));
        if (!scheme)
            return QStringLiteral("--auth: '%1' is not bearer, apikey or basic").arg(parser.value(auth));
        options.auth = *scheme;
    }
    if (parser.isSet(apiKeyHeader)) {
        options.apiKeyHeader = parser.value(apiKeyHeader).toLatin1();
        static const QByteArray allowed
            = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const bool valid = !options.apiKeyHeader.isEmpty()
            && std::all_of(options.apiKeyHeader.begin(), options.apiKeyHeader.end(),
                [](char c) { return allowed.contains(c); });
        if (!valid || options.apiKeyHeader.compare("Authorization", Qt::CaseInsensitive) == 0)
            return QStringLiteral("--apikey-header: '%1' is not a usable header name")
                .arg(parser.value(apiKeyHeader));
    }
    if (parser.isSet(basicUser)) {
        options.basicUser = parser.value(basicUser);
        if (options.basicUser.isEmpty() || options.basicUser.contains(u':'))
            return u"--basic-user: a user name must be non-empty and have no ':'"_s;
    }
    if (parser.isSet(delay)) {
        const auto value = number(delay, 0, 600'000);
        if (!value)
            return QStringLiteral("--delay-ms: '%1' is not a delay in milliseconds (0 to 600000)")
                .arg(parser.value(delay));
        options.delayMs = int(*value);
    }
    if (parser.isSet(failRate)) {
        bool ok = false;
        options.failRate = parser.value(failRate).toDouble(&ok);
        if (!ok || options.failRate < 0 || options.failRate > 1)
            return QStringLiteral("--fail-rate: '%1' is not a fraction between 0 and 1")
                .arg(parser.value(failRate));
    }
    options.truncate = parser.isSet(truncate);
    options.jsonReferences = parser.isSet(references);
    if (parser.isSet(now)) {
        const QString text = parser.value(now).trimmed();
        // A bare date means noon UTC that day.
        const QString full = text.size() == 10 ? text + u"T12:00:00Z"_s : text;
        const std::optional<DateTimeOffset> instant = DateTimeOffset::parse(QStringView(full));
        if (!instant)
            return QStringLiteral("--now: '%1' is not an ISO 8601 instant such as 2025-09-04T12:00:00Z")
                .arg(text);
        options.now = *instant;
    }
    const std::pair<const QCommandLineOption*, int*> limits[] = {
        { &maxConnections, &options.limits.maxConnections },
        { &requestTimeout, &options.limits.requestTimeoutMs },
        { &idleTimeout, &options.limits.idleTimeoutMs },
    };
    for (const auto& [option, value] : limits) {
        if (!parser.isSet(*option))
            continue;
        const auto parsed = number(*option, 1, 3'600'000);
        if (!parsed)
            return QStringLiteral("--%1: '%2' is not a number from 1 to 3600000")
                .arg(option->names().first(), parser.value(*option));
        *value = int(*parsed);
    }
    options.exitWithParent = parser.isSet(exitWithParent);
    options.quiet = parser.isSet(quiet);
    return options;
}

} // namespace ff::sandbox
