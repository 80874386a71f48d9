// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ConnectionSettings.h"
#include "api/core/Result.h"
#include "app/cli/Command.h"
#include "app/cli/CommandOutcome.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace ff {
class ApiClient;
class CredentialStore;
struct ConnectionProfile;
} // namespace ff

namespace ff::cli {

// ffconsole-cli: parses the command line, checks every input before anything is sent, finds
// the server and the secret (FFCONSOLE_TOKEN, or the profile's keychain entry; never argv),
// runs one command and writes its output, or one error line and an exit code.
class CliApplication final : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QStringList arguments, QObject* parent = nullptr);
    ~CliApplication() override;

    // Runs asynchronously; finished() carries the exit code once the output is written.
    void start();

    // Parses the command line and checks every value in it, without any network: the
    // command, validated and ready to run, or the outcome to end with at once (help, version,
    // or bad input with exit code 2). start() begins with it; the fuzzers call it on its own.
    Result<Command*, CommandOutcome> checkArguments();
    // Whether the command line asks for a PDF (report --format pdf), which needs fonts and so a
    // QGuiApplication; every other command runs on a QCoreApplication. Read before any exists.
    static bool drawsPdf(const QStringList& arguments);

signals:
    void finished(int exitCode);

private:
    Command* findCommand(const QString& name) const;
    static QString commandNameIn(const QStringList& arguments);
    QString usage() const;
    // Where to connect: the profile's URLs, or those given, which must be the profile's own.
    Result<ConnectionSettings, CommandOutcome> settingsFor(
        const std::optional<ConnectionProfile>& profile) const;
    // The profile's secret from the keychain, else FFCONSOLE_TOKEN; then run().
    void findSecret(Command& command, const std::optional<ConnectionProfile>& profile,
        const ConnectionSettings& settings);
    // The name a profile's secret is still keyed by in the keychain (see ProfileStore::upgrade),
    // or nothing when it is keyed by the profile's id.
    static QString nameKeyingTheSecret(const ConnectionProfile& profile);
    void run(Command& command, const std::optional<ConnectionProfile>& profile,
        const ConnectionSettings& settings, const QString& secret);
    void end(const CommandOutcome& outcome);

    QStringList m_arguments;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::unique_ptr<class QCommandLineParser> m_parser;
    ApiClient* m_client = nullptr;
    CredentialStore* m_credentials = nullptr;
};

} // namespace ff::cli
