// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"

#include "api/auth/CredentialStore.h"
#include "api/client/ApiClient.h"
#include "api/profile/ProfileStore.h"
#include "app/cli/AckLicenseCommand.h"
#include "app/cli/AddItemCommand.h"
#include "app/cli/EntitlementCommand.h"
#include "app/cli/InputValidation.h"
#include "app/cli/InvestigateCommand.h"
#include "app/cli/OrdersCommand.h"
#include "app/cli/PurchasesCommand.h"
#include "app/cli/ReportCommand.h"
#include "models/TerminalText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>
#include <cstdio>

namespace ff::cli {

namespace {

const QString BaseUrl = QStringLiteral("base-url");
const QString AdminUrl = QStringLiteral("admin-url");
const QString Profile = QStringLiteral("profile");
const QString Timeout = QStringLiteral("timeout");
const QString Format = QStringLiteral("format");
const QString Auth = QStringLiteral("auth");
const QString ApiKeyHeader = QStringLiteral("apikey-header");
const QString SpeedLimit = QStringLiteral("speed-limit");
const QString SpeedTime = QStringLiteral("speed-time");

QList<QCommandLineOption> globalOptions()
{
    return {
        { BaseUrl,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Platform API base URL (default: the profile's, or FFCONSOLE_BASE_URL)."),
            QStringLiteral("URL") },
        { AdminUrl,
            QCoreApplication::translate(
                "ff::cli::CliApplication", "Admin accounts API base URL (default: --base-url)."),
            QStringLiteral("URL") },
        { Profile,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Connection profile saved by the console; its secret comes from the keychain."),
            QStringLiteral("NAME") },
        { Timeout,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Give up when nothing arrives for this many seconds, 0.1 to 3600 (default 30)."),
            QStringLiteral("SEC") },
        { SpeedLimit,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Give up when an answer averages fewer bytes a second than this over --speed-time "
                "(default 1024)."),
            QStringLiteral("BYTES") },
        { SpeedTime,
            QCoreApplication::translate("ff::cli::CliApplication",
                "The window --speed-limit is measured over, in seconds (default 30)."),
            QStringLiteral("SEC") },
        { Format,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Output format: table, json or csv (default table); investigate also jsonl; "
                "report pdf, csv or text."),
            QStringLiteral("table|json|csv") },
        { Auth,
            QCoreApplication::translate("ff::cli::CliApplication",
                "Authentication: bearer, apikey or basic (default: the profile's, or bearer)."),
            QStringLiteral("SCHEME") },
        { ApiKeyHeader,
            QCoreApplication::translate(
                "ff::cli::CliApplication", "Header name for apikey authentication (default X-Api-Key)."),
            QStringLiteral("NAME") },
        { { QStringLiteral("h"), QStringLiteral("help") },
            QCoreApplication::translate("ff::cli::CliApplication", "Show this help.") },
        { { QStringLiteral("v"), QStringLiteral("version") },
            QCoreApplication::translate("ff::cli::CliApplication", "Show the version.") },
    };
}

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool isLoopback(const QUrl& url)
{
    const QHostAddress address(url.host());
    return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

// A profile's secret goes to the profile's own servers only: a URL given on the command line
// must be one of them. The built-in sandbox listens on a new port at each start: any loopback one.
std::optional<QString> outsideProfile(const ConnectionProfile& profile, const ConnectionSettings& settings)
{
    const QList<Origin> allowed = profile.origins();
    for (const auto& [url, option] : { std::pair { settings.platformUrl, QStringLiteral("--base-url") },
             std::pair { settings.adminUrl, QStringLiteral("--admin-url") } }) {
        const bool inside = profile.isBuiltInSandbox ? isLoopback(url) : allowed.contains(Origin::of(url));
        if (!inside)
            return QCoreApplication::translate("ff::cli::CliApplication",
                "%1 %2 is not a server of profile \"%3\" (%4), and its secret goes "
                "nowhere else; for another server leave out --profile and set FFCONSOLE_TOKEN")
                .arg(option, Origin::of(url).toString(), profile.name,
                    profile.isBuiltInSandbox ? QStringLiteral("loopback") : describeOrigins(allowed));
    }
    return std::nullopt;
}

Result<QUrl, QString> urlOption(const QString& text, const QString& option)
{
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return QCoreApplication::translate("ff::cli::CliApplication", "%1 must be an http(s) URL, not \"%2\"")
            .arg(option, text);
    return url;
}

} // namespace

CliApplication::CliApplication(QStringList arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
{
    m_commands.push_back(std::make_unique<OrdersCommand>());
    m_commands.push_back(std::make_unique<EntitlementCommand>());
    m_commands.push_back(std::make_unique<PurchasesCommand>());
    m_commands.push_back(std::make_unique<AddItemCommand>());
    m_commands.push_back(std::make_unique<AckLicenseCommand>());
    m_commands.push_back(std::make_unique<InvestigateCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

CliApplication::~CliApplication() = default;

Command* CliApplication::findCommand(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::commandNameIn(const QStringList& arguments)
{
    // The first argument that is neither an option nor an option's value.
    QStringList valued;
    for (const QCommandLineOption& option : globalOptions()) {
        if (!option.valueName().isEmpty())
            valued += option.names();
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument.startsWith(QLatin1Char('-'))) {
            const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (valued.contains(name))
                ++i;
            continue;
        }
        return argument;
    }
    return QString();
}

bool CliApplication::drawsPdf(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(ReportCommand().options());
    return commandNameIn(arguments) == ReportCommand().name() && parser.parse(arguments)
        && parser.value(Format) == QLatin1String("pdf");
}

QString CliApplication::usage() const
{
    QString text = QCoreApplication::translate("ff::cli::CliApplication",
        "Usage: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]\n"
        "                     [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND "
        "...\n\n"
        "The FilmFlex Agent Console's command-line companion, for scripting and bulk refund work.\n"
        "The secret comes from FFCONSOLE_TOKEN (and FFCONSOLE_USER for basic authentication) or\n"
        "from the profile's keychain entry; it is never taken from the command line.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(13), command->summary());
    text += QCoreApplication::translate("ff::cli::CliApplication",
        "\nRun ffconsole-cli COMMAND --help for a command's options.\n"
        "Exit codes: 0 ok, 2 bad input, 3 not found, 4 not authorised, 5 API error,\n"
        "6 network failure or timeout, or a write that may have been applied,\n"
        "7 malformed response, 8 some customers of an investigate list failed,\n"
        "9 the output could not be written (stdout, or report's --out file).\n");
    return text;
}

Result<Command*, CommandOutcome> CliApplication::checkArguments()
{
    const QString commandName = commandNameIn(m_arguments);
    Command* command = commandName.isEmpty() ? nullptr : findCommand(commandName);

    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser& parser = *m_parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options());
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("ff::cli::CliApplication",
            "orders, entitlement, purchases, add-item, ack-license, investigate or report"));
    if (command)
        parser.setApplicationDescription(command->description());

    if (!parser.parse(m_arguments))
        return CommandOutcome::failure(ExitCode::BadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        return CommandOutcome::success(QByteArray("ffconsole-cli " FFCONSOLE_VERSION "\n"));
    if (parser.isSet(QStringLiteral("help"))) {
        // "[options]" in Qt's words, from qtbase's catalogue ("[Optionen]"); its context is
        // named by a variable so that lupdate leaves the string to Qt's catalogue, not ours.
        const char* const qtContext = "QCommandLineParser";
        const QString options = QCoreApplication::translate(qtContext, "[options]");
        const QString help = command ? parser.helpText().replace(
                                 options + QStringLiteral(" command"), options + u' ' + command->name())
                                     : usage();
        return CommandOutcome::success(help.toUtf8());
    }
    if (commandName.isEmpty())
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::CliApplication", "no command given; try --help"));
    if (!command)
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::CliApplication", "unknown command \"%1\"; try --help")
                .arg(commandName));
    if (parser.positionalArguments().size() != 1)
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::CliApplication", "unexpected argument \"%1\"")
                .arg(parser.positionalArguments().value(1)));
    if (const QStringList formats = command->formats();
        parser.isSet(Format) && !formats.contains(parser.value(Format)))
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate("ff::cli::CliApplication", "--format must be %1 or %2, not \"%3\"")
                .arg(formats.first(formats.size() - 1).join(QStringLiteral(", ")), formats.last(),
                    parser.value(Format)));
    for (const QString& option : { Timeout, SpeedTime }) {
        if (const auto ms = InputValidation::seconds(parser.value(option), option);
            parser.isSet(option) && !ms)
            return CommandOutcome::failure(ExitCode::BadInput, ms.error());
    }
    if (const auto rate = InputValidation::positiveInteger(parser.value(SpeedLimit), SpeedLimit);
        parser.isSet(SpeedLimit) && !rate)
        return CommandOutcome::failure(ExitCode::BadInput, rate.error());
    if (parser.isSet(Auth) && !authSchemeFromName(parser.value(Auth)))
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate(
                "ff::cli::CliApplication", "--auth must be bearer, apikey or basic, not \"%1\"")
                .arg(parser.value(Auth)));
    if (const auto problem = command->validate(parser))
        return CommandOutcome::failure(ExitCode::BadInput, *problem);
    return command;
}

void CliApplication::start()
{
    const Result<Command*, CommandOutcome> checked = checkArguments();
    if (!checked) {
        end(checked.error());
        return;
    }
    Command& command = **checked;
    const QCommandLineParser& parser = *m_parser;

    std::optional<ConnectionProfile> profile;
    if (parser.isSet(Profile)) {
        auto settings = ProfileStore::openSettings();
        const ProfileStore store(*settings);
        profile = store.profile(parser.value(Profile));
        if (!profile) {
            QStringList names;
            for (const ConnectionProfile& p : store.profiles())
                names.append(p.name);
            end(CommandOutcome::failure(ExitCode::BadInput,
                names.isEmpty() ? QCoreApplication::translate(
                    "ff::cli::CliApplication", "no profile named \"%1\" (none are saved)")
                                      .arg(parser.value(Profile))
                                : QCoreApplication::translate(
                                    "ff::cli::CliApplication", "no profile named \"%1\"; saved: %2")
                                      .arg(parser.value(Profile), names.join(QStringLiteral(", ")))));
            return;
        }
    }
    if (profile) {
        if (const std::optional<QString> problem = command.useProfile(*profile)) {
            end(CommandOutcome::failure(ExitCode::BadInput, *problem));
            return;
        }
    }
    const Result<ConnectionSettings, CommandOutcome> settings = settingsFor(profile);
    if (!settings) {
        end(settings.error());
        return;
    }
    findSecret(command, profile, *settings);
}

Result<ConnectionSettings, CommandOutcome> CliApplication::settingsFor(
    const std::optional<ConnectionProfile>& profile) const
{
    const QCommandLineParser& parser = *m_parser;
    ConnectionSettings settings = profile ? profile->connectionSettings() : ConnectionSettings {};
    QString baseText = parser.value(BaseUrl);
    if (baseText.isEmpty() && !profile)
        baseText = qEnvironmentVariable("FFCONSOLE_BASE_URL");
    if (!baseText.isEmpty()) {
        const auto base = urlOption(baseText, QStringLiteral("--base-url"));
        if (!base)
            return CommandOutcome::failure(ExitCode::BadInput, base.error());
        settings.platformUrl = *base;
        if (!profile || profile->adminUrl.isEmpty())
            settings.adminUrl = *base;
    }
    if (parser.isSet(AdminUrl)) {
        const auto admin = urlOption(parser.value(AdminUrl), QStringLiteral("--admin-url"));
        if (!admin)
            return CommandOutcome::failure(ExitCode::BadInput, admin.error());
        settings.adminUrl = *admin;
    }
    if (settings.platformUrl.isEmpty())
        return CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate(
                "ff::cli::CliApplication", "no server given: use --base-url URL or --profile NAME"));
    if (profile) {
        if (const auto elsewhere = outsideProfile(*profile, settings))
            return CommandOutcome::failure(ExitCode::BadInput, *elsewhere);
    }
    if (parser.isSet(Timeout))
        settings.timeoutMs = *InputValidation::seconds(parser.value(Timeout), Timeout);
    if (parser.isSet(SpeedTime))
        settings.lowSpeed.windowMs = *InputValidation::seconds(parser.value(SpeedTime), SpeedTime);
    if (parser.isSet(SpeedLimit))
        settings.lowSpeed.bytesPerSecond
            = *InputValidation::positiveInteger(parser.value(SpeedLimit), SpeedLimit);
    return settings;
}

void CliApplication::findSecret(
    Command& command, const std::optional<ConnectionProfile>& profile, const ConnectionSettings& settings)
{
    const QString fromEnvironment = qEnvironmentVariable("FFCONSOLE_TOKEN");
    if (!profile || profile->isBuiltInSandbox || profile->authScheme == AuthScheme::None) {
        run(command, profile, settings, fromEnvironment);
        return;
    }
    // The profile's own secret first; FFCONSOLE_TOKEN only when the keychain has none for it.
    auto found = [this, &command, profile, settings, fromEnvironment](
                     Result<QString, CredentialStore::Error> result) {
        if (result)
            run(command, profile, settings, *result);
        else if (!fromEnvironment.isEmpty())
            run(command, profile, settings, fromEnvironment);
        else
            end(CommandOutcome::failure(ExitCode::NotAuthorised,
                QCoreApplication::translate("ff::cli::CliApplication",
                    "no secret for profile \"%1\": %2; set FFCONSOLE_TOKEN instead")
                    .arg(profile->name, result.error().message)));
    };
    m_credentials = new CredentialStore(CredentialStore::DefaultService, this);
    // A profile saved before profile ids keeps its secret under its (old) name until the
    // console moves it: before the console's first start, or when the keychain was locked then.
    if (const QString oldName = nameKeyingTheSecret(*profile); !oldName.isEmpty())
        m_credentials->readByName(oldName, this, found);
    else
        m_credentials->read(profile->id, this, found);
}

QString CliApplication::nameKeyingTheSecret(const ConnectionProfile& profile)
{
    if (profile.id.isEmpty())
        return profile.name;
    auto settings = ProfileStore::openSettings();
    for (const auto& [id, name] : ProfileStore(*settings).secretsKeyedByName()) {
        if (id == profile.id)
            return name;
    }
    return {};
}

void CliApplication::run(Command& command, const std::optional<ConnectionProfile>& profile,
    const ConnectionSettings& settings, const QString& secret)
{
    const QCommandLineParser& parser = *m_parser;
    Credentials credentials = profile ? profile->credentials(secret) : Credentials {};
    if (!profile) {
        credentials.scheme = AuthScheme::Bearer;
        credentials.secret = secret;
    }
    // Without a profile (and for the built-in sandbox, whose port changes with each start) the
    // secret is bound to the servers named above: the client binds it to its own URLs.
    if (!profile || profile->isBuiltInSandbox)
        credentials.origins.clear();
    if (parser.isSet(Auth))
        credentials.scheme = *authSchemeFromName(parser.value(Auth));
    if (parser.isSet(ApiKeyHeader))
        credentials.apiKeyHeader = parser.value(ApiKeyHeader);
    const QString user = qEnvironmentVariable("FFCONSOLE_USER");
    if (!user.isEmpty())
        credentials.user = user;
    if (credentials.scheme != AuthScheme::None && credentials.secret.isEmpty()) {
        end(CommandOutcome::failure(ExitCode::NotAuthorised,
            QCoreApplication::translate("ff::cli::CliApplication",
                "no secret: set FFCONSOLE_TOKEN, or use a --profile whose secret is in the keychain")));
        return;
    }
    if (credentials.scheme == AuthScheme::Basic && credentials.user.isEmpty()) {
        end(CommandOutcome::failure(ExitCode::BadInput,
            QCoreApplication::translate(
                "ff::cli::CliApplication", "basic authentication needs a user name: set FFCONSOLE_USER")));
        return;
    }

    OutputFormat format = OutputFormat::Table;
    if (parser.value(Format) == QLatin1String("json"))
        format = OutputFormat::Json;
    else if (parser.value(Format) == QLatin1String("csv"))
        format = TerminalText::isTerminal(stdout) ? OutputFormat::CsvOnTerminal : OutputFormat::Csv;

    m_client = new ApiClient(settings, credentials, this);
    command.setProfileName(profile ? profile->name : QString());
    command.run(*m_client, format, [this](CommandOutcome outcome) { end(outcome); });
}

void CliApplication::end(const CommandOutcome& outcome)
{
    if (outcome.code == ExitCode::Ok)
        writeOut(outcome.output);
    if (outcome.code != ExitCode::Ok || !outcome.error.isEmpty())
        std::fprintf(stderr, "ffconsole-cli: %s\n", qUtf8Printable(outcome.errorLine()));
    const int code = int(outcome.code);
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

} // namespace ff::cli
