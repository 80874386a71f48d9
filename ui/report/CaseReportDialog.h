// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/CaseReportFiles.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QUuid>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace ff::ui {

class ConnectionSession;

// One action for the evidence a refund decision goes to its ticket with: the agent picks what to
// report (the selected item, its order, or the whole customer), gives the ticket reference and
// where to save, and gets a PDF, a CSV beside it and the ticket text on the clipboard. The work
// runs on a worker with a progress bar; Cancel stops it and leaves no file. An error (a folder
// that cannot be written) is said here, and the dialog stays, with what the agent typed.
class CaseReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // What can be reported: the selected item's id (0: none), the selected order's item ids (none:
    // no order selected), and every item's count.
    struct Selection
    {
        qint64 itemId = 0;
        qint64 orderId = 0;
        QSet<qint64> orderItemIds;
        qint64 customerItems = 0;
        // The customer's account on the admin service, for their billing details; none: not known.
        std::optional<QUuid> accountId;
    };

    // session: where the billing details are read from, when the agent asks for them.
    CaseReportDialog(CaseReportRequest request, QString auditPath, const Selection& selection,
        ConnectionSession* session, QWidget* parent = nullptr);
    ~CaseReportDialog() override;

    QRadioButton* itemScope() const { return m_item; }
    QRadioButton* orderScope() const { return m_order; }
    QRadioButton* customerScope() const { return m_customer; }
    QLineEdit* ticketEdit() const { return m_ticket; }
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* csvBeside() const { return m_csv; }
    QCheckBox* billingDetails() const { return m_billing; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* status() const { return m_status; }
    // Starts making the report, as the Make report button does.
    void start();
    bool isRunning() const { return m_cancelled != nullptr; }
    // Cancel (and Escape): while a report is made, stops it and stays to say so; else closes.
    void reject() override;

    // "ann.smith-case-2026-12-06.pdf": a file name from a customer's name and a date, with
    // anything a file system might refuse or read as a path replaced.
    static QString defaultFileName(const QString& customer, const QDate& date);

signals:
    // The report was saved: what to tell the agent.
    void saved(const QString& message);

private:
    void choosePath();
    void finished(const CaseReportFiles::Outcome& outcome);
    // Reads the account's billing details, then makes the report with them.
    void readBillingThenMake(CaseReportRequest request, const QString& pdfPath, const QString& csvPath);
    void make(CaseReportRequest request, const QString& pdfPath, const QString& csvPath);
    void setRunning(bool running);

    CaseReportRequest m_request;
    QString m_auditPath;
    Selection m_selection;
    QRadioButton* m_item;
    QRadioButton* m_order;
    QRadioButton* m_customer;
    QLineEdit* m_ticket;
    QLineEdit* m_path;
    QCheckBox* m_csv;
    QCheckBox* m_clipboard;
    QCheckBox* m_billing;
    ConnectionSession* m_session;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<std::atomic_bool> m_cancelled; // while running
    QFutureWatcher<CaseReportFiles::Outcome> m_watcher;
};

} // namespace ff::ui
