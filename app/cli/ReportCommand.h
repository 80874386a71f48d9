// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"
#include "app/cli/InvestigateFetch.h"
#include "app/cli/InvestigateOptions.h"
#include "app/cli/InvestigateSettings.h"
#include "models/report/CaseReportRequest.h"

#include <QCoreApplication>
#include <memory>

namespace ff::cli {

class InvestigateSlots;
class ReportDestination;

// report --affiliate N --customer NAME --format pdf|csv|text --out FILE [--items ID,...] [--at ISO]
// [--policy FILE] [--entitlements] [--ticket REF]: the customer's case report, the window's
// (models/report), made from what investigate fetches and worked out exactly as investigate
// works it out, with the audit log's decisions and writes for the customer. Read only: it never
// writes to the server.
class ReportCommand final : public Command
{
public:
    ReportCommand();
    ~ReportCommand() override;

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "ff::cli::ReportCommand", "a customer's refund case report: PDF, CSV or ticket text");
    }
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList formats() const override
    {
        return { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("text") };
    }
    std::optional<QString> validate(const QCommandLineParser& parser) override;
    void run(ApiClient& client, OutputFormat format, Done done) override;
    std::optional<QString> useProfile(const ConnectionProfile& profile) override;

private:
    // The items asked for that the customer does not have, in the order given.
    QList<qint64> unknownItems(const QList<PurchaseOrder>& orders) const;
    CaseReportRequest requestOf(const InvestigateFetch::Data& data, const QString& serverUrl) const;
    QString scope() const;

    InvestigateSettings m_settings;
    InvestigateOptions m_options;
    QString m_customer;
    QString m_ticket;
    QList<qint64> m_items; // --items, in the order given; empty: the whole customer
    QString m_currency; // the affiliate's, from the profile
    bool m_production = false;
    std::unique_ptr<ReportDestination> m_destination;
    std::unique_ptr<InvestigateSlots> m_slots;
};

} // namespace ff::cli
