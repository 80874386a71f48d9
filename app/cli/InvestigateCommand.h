// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"
#include "app/cli/InvestigateOptions.h"
#include "app/cli/InvestigateSettings.h"

#include <QCoreApplication>
#include <memory>

namespace ff::cli {

class InvestigateList;
class InvestigateSlots;

// investigate --affiliate N (--customer NAME | --customers FILE) [--at ISO] [--policy FILE]
// [--candidates-only] [--entitlements] [--concurrency K] [--state FILE]: each item's state,
// signals and verdict, from the same library the window uses (CustomerInvestigation), written
// as InvestigationOutput's contract. Read only: it never writes to the server.
class InvestigateCommand final : public Command
{
public:
    InvestigateCommand();
    ~InvestigateCommand() override;

    QString name() const override { return QStringLiteral("investigate"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ff::cli::InvestigateCommand", "refund investigation: each item's state, signals and verdict");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    bool writesJsonLines() const override { return true; }
    void run(ApiClient& client, OutputFormat format, Done done) override;
    std::optional<QString> useProfile(const ConnectionProfile& profile) override;

private:
    std::optional<QString> validateList(const QCommandLineParser& parser);
    void runOne(ApiClient& client, OutputFormat format, Done done);

    InvestigateSettings m_settings;
    InvestigateOptions m_options;
    QString m_customer;
    QString m_customersFile;
    bool m_jsonLines = false;
    QString m_stateFile;
    std::unique_ptr<InvestigateSlots> m_slots;
    std::unique_ptr<InvestigateList> m_list;
};

} // namespace ff::cli
