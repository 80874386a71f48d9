// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxInstance.h"

#include "sandbox/DataGenerator.h"
#include "sandbox/LogCategory.h"

#include <QDateTime>
#include <QHostAddress>

namespace ff::sandbox {

using namespace Qt::StringLiterals;

namespace {

DateTimeOffset defaultNow()
{
    // This minute: the data's "bought 5 hours ago" is five hours before the clock the console
    // reads, so a rental's time left, a courtesy window and a refund verdict in the window are
    // what an agent would see on the real platform (with a fixed hour of the day, orders of
    // "this afternoon" were in the future all morning). Tests pin --now.
    const qint64 minute = QDateTime::currentDateTimeUtc().toSecsSinceEpoch() / 60;
    return DateTimeOffset::fromUtcTicks(
        minute * 60 * DateTimeOffset::TicksPerSecond, 0, DateTimeOffset::Zone::Utc);
}

// A secret from the environment (for tests that need to know it beforehand), else a new one.
QString secret(const char* variable)
{
    return qEnvironmentVariableIsEmpty(variable) ? Authenticator::randomToken()
                                                 : qEnvironmentVariable(variable);
}

} // namespace

SandboxInstance::~SandboxInstance() = default;

std::optional<SandboxInstance::Failure> SandboxInstance::openJournal(
    const SandboxOptions& options, const Warn& warn, DateTimeOffset& now)
{
    auto opened = Journal::open(options.dataFile);
    if (!opened)
        return Failure { 2, opened.error() };
    m_journal = std::move(opened).value();
    const std::optional<Journal::Header>& header = m_journal->header();
    if (!header) {
        if (auto written = m_journal->writeHeader({ options.seed, options.scale, now }); !written)
            return Failure { 2, written.error() };
        return std::nullopt;
    }
    if (header->seed != options.seed || header->scale != options.scale) {
        return Failure { 2,
            QStringLiteral("%1 was written with --seed %2 --scale %3, not --seed %4 --scale %5; its writes "
                           "would not fit this data. Use the same options or another file.")
                .arg(options.dataFile)
                .arg(header->seed)
                .arg(header->scale)
                .arg(options.seed)
                .arg(options.scale) };
    }
    // The recorded writes were made against data generated around this instant.
    if (!options.now)
        now = header->now;
    else if (!options.now->isSameInstant(header->now))
        warn(u"warning: --now differs from the one the data file was written with"_s);
    return std::nullopt;
}

Result<std::unique_ptr<SandboxInstance>, SandboxInstance::Failure> SandboxInstance::start(
    const SandboxOptions& options, const Warn& warn)
{
    if (options.allowRemote && !QHostAddress(options.host).isLoopback()) {
        warn(QStringLiteral(
            "warning: listening on %1, reachable from other machines, with a test secret and no "
            "TLS")
                 .arg(options.host));
    }
    std::unique_ptr<SandboxInstance> instance(new SandboxInstance);
    DateTimeOffset now = options.now.value_or(defaultNow());
    if (!options.dataFile.isEmpty()) {
        if (std::optional<Failure> failure = instance->openJournal(options, warn, now))
            return *failure;
    }
    instance->m_data = DataGenerator(options.seed, now, options.scale).generate();
    if (instance->m_journal) {
        const auto replayed = instance->m_journal->replay(*instance->m_data);
        if (!replayed)
            return Failure { 2, replayed.error() };
        qCInfo(lcSandbox) << "replayed" << replayed.value() << "writes from" << options.dataFile;
    }

    SandboxEndpoint& endpoint = instance->m_endpoint;
    endpoint.token = secret("FFCONSOLE_SANDBOX_TOKEN");
    endpoint.controlToken = secret("FFCONSOLE_SANDBOX_CONTROL_TOKEN");
    endpoint.auth = Authenticator::schemeName(options.auth);
    if (options.auth == Authenticator::Scheme::ApiKey)
        endpoint.apiKeyHeader = QString::fromLatin1(options.apiKeyHeader);
    if (options.auth == Authenticator::Scheme::Basic)
        endpoint.basicUser = options.basicUser;
    if (options.scale > 0)
        endpoint.scaleCustomer = DataGenerator::scaleCustomerEmail();
    instance->m_authenticator = std::make_unique<Authenticator>(
        options.auth, endpoint.token, options.apiKeyHeader, options.basicUser);
    instance->m_service = std::make_unique<SandboxService>(*instance->m_data, *instance->m_authenticator,
        instance->m_journal.get(),
        SandboxService::Settings { options.seed, options.delayMs, options.failRate, options.truncate,
            options.jsonReferences, endpoint.scaleCustomer, endpoint.controlToken });
    SandboxService* service = instance->m_service.get();
    instance->m_server = std::make_unique<HttpServer>(
        [service](
            const HttpRequest& request, HttpConnection& connection) { service->handle(request, connection); },
        options.limits);

    const QHostAddress address(options.host == u"localhost"_s ? u"127.0.0.1"_s : options.host);
    const auto port = instance->m_server->listen(address, options.port);
    if (!port) {
        return Failure {
            1,
            QStringLiteral("cannot listen on %1:%2: %3").arg(options.host).arg(options.port).arg(port.error())
        };
    }
    const QString hostText = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    const QString authority = hostText + u':' + QString::number(port.value());
    endpoint.baseUrl = QUrl(u"http://"_s + authority + u'/');
    service->setControlAuthority(authority.toLatin1());
    return instance;
}

} // namespace ff::sandbox
