// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"
#include "app/cli/CommandOutcome.h"
#include "app/cli/OutputFormat.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace ff {
class ApiClient;
}

namespace ff::cli {

// One subcommand of ffconsole-cli (orders, entitlement, purchases, add-item, ack-license,
// investigate, report).
// validate() checks every input before anything is sent; run() makes the call and formats it.
class Command
{
public:
    using Done = std::function<void(CommandOutcome)>;

    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // What the command's --help says above its options, when it says more than the options do.
    virtual QString description() const { return {}; }
    virtual QList<QCommandLineOption> options() const = 0;
    // An error message when the input is bad (exit code 2); nothing when it may be sent.
    virtual std::optional<QString> validate(const QCommandLineParser& parser) = 0;
    virtual bool isWrite() const { return false; }
    // Whether --format jsonl (one JSON object a line, written as results arrive) is offered.
    virtual bool writesJsonLines() const { return false; }
    // The values --format may take with this command.
    virtual QStringList formats() const
    {
        QStringList formats { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") };
        if (writesJsonLines())
            formats.append(QStringLiteral("jsonl"));
        return formats;
    }
    virtual void run(ApiClient& client, OutputFormat format, Done done) = 0;
    // The profile named by --profile, after validate(): a command may take settings from it. An
    // error message (exit code 2) when what the profile holds cannot be used.
    virtual std::optional<QString> useProfile(const ConnectionProfile& profile)
    {
        Q_UNUSED(profile);
        return std::nullopt;
    }

    // The profile the command runs under, for the audit log of writes ("" without one).
    void setProfileName(const QString& name) { m_profileName = name; }

protected:
    QString m_profileName;
};

} // namespace ff::cli
