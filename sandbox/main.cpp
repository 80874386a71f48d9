// SPDX-License-Identifier: GPL-3.0-or-later
// ffconsole-sandbox: the FilmFlex platform API on loopback, for the console and its tests.
// Prints its address and secret on stdout in KEY=VALUE lines ending with
// FFCONSOLE_SANDBOX_READY=1, which ff::SandboxLauncher waits for.

#include "sandbox/DataGenerator.h"
#include "sandbox/HttpServer.h"
#include "sandbox/Journal.h"
#include "sandbox/LogCategory.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxService.h"
#include "sandbox/SignalWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace ff;
using namespace ff::sandbox;
using namespace Qt::StringLiterals;

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "ffconsole-sandbox: %s\n", qPrintable(message));
}

DateTimeOffset defaultNow()
{
    // Today at noon UTC: the same data all day, so that a morning's screenshots still match in
    // the afternoon.
    const qint64 day = QDateTime::currentDateTimeUtc().toSecsSinceEpoch() / 86'400;
    return DateTimeOffset::fromUtcTicks(
        (day * 86'400 + 12 * 3600) * DateTimeOffset::TicksPerSecond, 0, DateTimeOffset::Zone::Utc);
}

void printSummary(const SandboxData& data, const QString& url, quint64 seed, qint64 startupMs)
{
    std::fprintf(stderr,
        "ffconsole-sandbox: FilmFlex platform API on %s (seed %llu, now %s, %lld ms to start)\n",
        qPrintable(url), static_cast<unsigned long long>(seed), data.now().toIsoString().constData(),
        static_cast<long long>(startupMs));
    std::fprintf(stderr, "  customers to try (affiliate, login):\n");
    int shown = 0;
    int lastAffiliate = -1;
    for (const CustomerRecord& customer : data.customers()) {
        if (customer.affiliateId == lastAffiliate && shown % 2 == 0)
            continue; // two per affiliate
        if (customer.affiliateId != lastAffiliate)
            shown = 0;
        lastAffiliate = customer.affiliateId;
        ++shown;
        // Padded by characters, not bytes: "björn.ångström" is wider in UTF-8 than on screen.
        const QString line = QStringLiteral("    %1  %2  %3, %4 orders, account %5")
                                 .arg(customer.affiliateId)
                                 .arg(customer.username.leftJustified(34))
                                 .arg(customer.fullName)
                                 .arg(customer.orders.size())
                                 .arg(customer.customerId.toString(QUuid::WithoutBraces));
        std::fprintf(stderr, "%s\n", qPrintable(line));
    }
    std::fprintf(
        stderr, "  control API: %s_sandbox/info, /_sandbox/faults, /_sandbox/requests\n", qPrintable(url));
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ffconsole-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));

    const auto parsed = SandboxOptions::parse(QCoreApplication::arguments());
    if (!parsed) {
        printError(parsed.error());
        return 2;
    }
    SandboxOptions options = parsed.value();
    if (options.help) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }

#ifdef Q_OS_LINUX
    if (options.exitWithParent) {
        // The console that started us may die without stopping us; the kernel tells us then.
        const pid_t parent = ::getppid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            return 0; // the parent died before the request took effect
    }
#endif
    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &app, [](int) { QCoreApplication::quit(); });

    if (options.allowRemote && !QHostAddress(options.host).isLoopback()) {
        printError(QStringLiteral(
            "warning: listening on %1, reachable from other machines, with a test secret and no "
            "TLS")
                       .arg(options.host));
    }

    std::unique_ptr<Journal> journal;
    DateTimeOffset now = options.now.value_or(defaultNow());
    if (!options.dataFile.isEmpty()) {
        auto opened = Journal::open(options.dataFile);
        if (!opened) {
            printError(opened.error());
            return 2;
        }
        journal = std::move(opened).value();
        if (const std::optional<Journal::Header>& header = journal->header()) {
            if (header->seed != options.seed || header->scale != options.scale) {
                printError(QStringLiteral(
                    "%1 was written with --seed %2 --scale %3, not --seed %4 --scale %5; its writes "
                    "would not fit this data. Use the same options or another file.")
                               .arg(options.dataFile)
                               .arg(header->seed)
                               .arg(header->scale)
                               .arg(options.seed)
                               .arg(options.scale));
                return 2;
            }
            // The recorded writes were made against data generated around this instant.
            if (!options.now)
                now = header->now;
            else if (!options.now->isSameInstant(header->now))
                printError(u"warning: --now differs from the one the data file was written with"_s);
        } else if (auto written = journal->writeHeader({ options.seed, options.scale, now }); !written) {
            printError(written.error());
            return 2;
        }
    }

    DataGenerator generator(options.seed, now, options.scale);
    std::unique_ptr<SandboxData> data = generator.generate();
    if (journal) {
        const auto replayed = journal->replay(*data);
        if (!replayed) {
            printError(replayed.error());
            return 2;
        }
        qCInfo(lcSandbox) << "replayed" << replayed.value() << "writes from" << options.dataFile;
    }

    const QString token = qEnvironmentVariableIsEmpty("FFCONSOLE_SANDBOX_TOKEN")
        ? Authenticator::randomToken()
        : qEnvironmentVariable("FFCONSOLE_SANDBOX_TOKEN");
    Authenticator authenticator(options.auth, token, options.apiKeyHeader, options.basicUser);
    const QString scaleCustomer
        = options.scale > 0 ? QString::fromLatin1(DataGenerator::ScaleCustomerEmail) : QString();
    SandboxService service(*data, authenticator, journal.get(),
        SandboxService::Settings { options.seed, options.delayMs, options.failRate, options.truncate,
            options.jsonReferences, scaleCustomer });
    HttpServer server([&service](const HttpRequest& request, HttpConnection& connection) {
        service.handle(request, connection);
    });
    const QHostAddress address(options.host == u"localhost"_s ? u"127.0.0.1"_s : options.host);
    const auto port = server.listen(address, options.port);
    if (!port) {
        printError(QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(options.host)
                       .arg(options.port)
                       .arg(port.error()));
        return 1;
    }

    const QString hostText = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    const QString url = QStringLiteral("http://%1:%2/").arg(hostText).arg(port.value());
    QByteArray lines = "FFCONSOLE_SANDBOX_URL=" + url.toUtf8() + '\n';
    lines += "FFCONSOLE_SANDBOX_TOKEN=" + token.toUtf8() + '\n';
    lines += "FFCONSOLE_SANDBOX_AUTH=" + Authenticator::schemeName(options.auth).toUtf8() + '\n';
    if (options.auth == Authenticator::Scheme::ApiKey)
        lines += "FFCONSOLE_SANDBOX_APIKEY_HEADER=" + options.apiKeyHeader + '\n';
    if (options.auth == Authenticator::Scheme::Basic)
        lines += "FFCONSOLE_SANDBOX_BASIC_USER=" + options.basicUser.toUtf8() + '\n';
    if (!scaleCustomer.isEmpty())
        lines += "FFCONSOLE_SANDBOX_SCALE_CUSTOMER=" + scaleCustomer.toUtf8() + '\n';
    lines += "FFCONSOLE_SANDBOX_READY=1\n";
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
    std::fflush(stdout);

    if (!options.quiet)
        printSummary(*data, url, options.seed, startup.elapsed());

    return QCoreApplication::exec();
}
