// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/CaseReportDialog.h"

#include "api/client/ApiClient.h"
#include "api/profile/ProfileStore.h"
#include "models/report/CaseReportBilling.h"
#include "ui/session/ConnectionSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ff::ui {

namespace {

const QString LastFolderKey = QStringLiteral("reports/lastFolder");

QString lastFolder()
{
    const QString folder = ProfileStore::openSettings()->value(LastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString withSuffix(const QString& path, const QString& suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

} // namespace

QString CaseReportDialog::defaultFileName(const QString& customer, const QDate& date)
{
    // Letters, digits, dots, hyphens and underscores; anything else (a slash, a colon, a quote)
    // becomes a hyphen, and a name never starts with a dot (hidden) or is empty.
    QString name = customer;
    name.replace(
        QRegularExpression(QStringLiteral("[^\\w.@-]+"), QRegularExpression::UseUnicodePropertiesOption),
        QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("customer");
    return QStringLiteral("%1-case-%2.pdf").arg(name.left(80), date.toString(Qt::ISODate));
}

CaseReportDialog::CaseReportDialog(CaseReportRequest request, QString auditPath, const Selection& selection,
    ConnectionSession* session, QWidget* parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_auditPath(std::move(auditPath))
    , m_selection(selection)
    , m_item(new QRadioButton(this))
    , m_order(new QRadioButton(this))
    , m_customer(new QRadioButton(this))
    , m_ticket(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_csv(new QCheckBox(tr("Save a &CSV beside it (same name, .csv)"), this))
    , m_clipboard(new QCheckBox(tr("Copy the &ticket text to the clipboard"), this))
    , m_billing(new QCheckBox(
          tr("Include the account's &billing details (address, email, phone) in the PDF"), this))
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseReportDialog"));
    setWindowTitle(tr("Case report: %1").arg(m_request.header.customer));

    m_item->setText(selection.itemId ? tr("The selected &item (item %1), in full").arg(selection.itemId)
                                     : tr("The selected &item (select an item first)"));
    m_item->setEnabled(selection.itemId != 0);
    m_order->setText(selection.orderId ? tr("The selected &order (order %1, %n item(s)), in full", nullptr,
                         int(selection.orderItemIds.size()))
                                             .arg(selection.orderId)
                                       : tr("The selected &order (select an order first)"));
    m_order->setEnabled(selection.orderId != 0);
    m_customer->setText(
        tr("The &whole customer (%n item(s)): refund candidates in full, every other item on a line", nullptr,
            int(selection.customerItems)));
    (selection.itemId ? m_item : selection.orderId ? m_order : m_customer)->setChecked(true);

    m_ticket->setObjectName(QStringLiteral("caseReportTicket"));
    m_ticket->setPlaceholderText(tr("The ticket or case reference, e.g. CS-1234 (optional)"));
    m_ticket->setMaxLength(200);
    m_path->setObjectName(QStringLiteral("caseReportPath"));
    m_path->setText(
        QDir(lastFolder()).filePath(defaultFileName(m_request.header.customer, QDate::currentDate())));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, &CaseReportDialog::choosePath);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    m_csv->setChecked(true);
    m_clipboard->setChecked(true);
    // Off unless asked: a decision rarely needs an address or a phone number, and a report travels.
    m_billing->setObjectName(QStringLiteral("caseReportBilling"));
    m_billing->setEnabled(selection.accountId.has_value() && session);
    if (!m_billing->isEnabled())
        m_billing->setToolTip(tr("Available once the customer's account is known"));

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Making the report"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // a path or an error holds what anyone typed
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton* make = m_buttons->addButton(tr("&Make report"), QDialogButtonBox::AcceptRole);
    make->setObjectName(QStringLiteral("makeReportButton"));
    make->setDefault(true);
    connect(make, &QPushButton::clicked, this, &CaseReportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseReportDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Tic&ket:"), m_ticket);
    form->addRow(tr("Save PDF &as:"), pathRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_path);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Report on:"), this));
    for (QRadioButton* scope : { m_item, m_order, m_customer })
        layout->addWidget(scope);
    layout->addLayout(form);
    layout->addWidget(m_csv);
    layout->addWidget(m_clipboard);
    layout->addWidget(m_billing);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<CaseReportFiles::Outcome>::finished, this,
        [this] { finished(m_watcher.result()); });
}

CaseReportDialog::~CaseReportDialog()
{
    // Closing the window while a report is made stops it; what it had written is thrown away.
    if (m_cancelled) {
        m_cancelled->store(true);
        m_watcher.waitForFinished();
    }
}

void CaseReportDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save the case report"), m_path->text(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                ? chosen
                : chosen + QStringLiteral(".pdf"));
}

void CaseReportDialog::setRunning(bool running)
{
    for (QWidget* input :
        std::initializer_list<QWidget*> { m_ticket, m_path, m_csv, m_clipboard, m_customer })
        input->setEnabled(!running);
    m_item->setEnabled(!running && m_selection.itemId != 0);
    m_order->setEnabled(!running && m_selection.orderId != 0);
    m_billing->setEnabled(!running && m_selection.accountId && m_session);
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!running);
    }
    m_progress->setVisible(running);
}

void CaseReportDialog::start()
{
    if (isRunning())
        return;
    QString pdfPath = m_path->text().trimmed();
    if (pdfPath.isEmpty()) {
        m_status->setText(tr("Say where to save the report."));
        return;
    }
    if (!pdfPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        pdfPath += QStringLiteral(".pdf");
    const QString csvPath = m_csv->isChecked() ? withSuffix(pdfPath, QStringLiteral(".csv")) : QString();
    QStringList existing;
    for (const QString& path : { pdfPath, csvPath }) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            existing.append(QDir::toNativeSeparators(path));
    }
    if (!existing.isEmpty()
        && QMessageBox::question(this, tr("Replace the files?"),
               tr("These files are there already and would be replaced:\n%1")
                   .arg(existing.join(QLatin1Char('\n'))))
            != QMessageBox::Yes)
        return;

    CaseReportRequest request = m_request;
    request.header.ticket = m_ticket->text().trimmed();
    request.header.madeAt = DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
    if (m_item->isChecked()) {
        request.itemIds = QSet<qint64> { m_selection.itemId };
        request.header.scope = tr("The selected item (item %1)").arg(m_selection.itemId);
    } else if (m_order->isChecked()) {
        request.itemIds = m_selection.orderItemIds;
        request.header.scope = tr("The selected order (order %1)").arg(m_selection.orderId);
    } else {
        request.header.scope
            = tr("The whole customer: refund candidates in full, every other item on a line");
        if (m_selection.itemId)
            request.alsoInFull = { m_selection.itemId };
    }
    ProfileStore::openSettings()->setValue(LastFolderKey, QFileInfo(pdfPath).absolutePath());

    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    setRunning(true);
    if (m_billing->isChecked())
        readBillingThenMake(std::move(request), pdfPath, csvPath);
    else
        make(std::move(request), pdfPath, csvPath);
}

void CaseReportDialog::readBillingThenMake(
    CaseReportRequest request, const QString& pdfPath, const QString& csvPath)
{
    ApiClient* client = m_session->client();
    if (!client) {
        finished({ false, tr("Not connected: the billing details cannot be read."), {}, {} });
        return;
    }
    m_status->setText(tr("Reading the billing details…"));
    client->accountPurchases(*m_selection.accountId, AccountPurchasesQuery {}, this,
        [this, request = std::move(request), pdfPath, csvPath](
            Result<AccountPurchasesResponse, ApiError> answer) mutable {
            if (m_cancelled && m_cancelled->load()) {
                finished({ true, {}, {}, {} });
                return;
            }
            if (!answer) {
                finished({ false, tr("The billing details could not be read: %1").arg(answer.error().message),
                    {}, {} });
                return;
            }
            request.header.billing = CaseReportBilling::rows(*answer);
            make(std::move(request), pdfPath, csvPath);
        });
}

void CaseReportDialog::make(CaseReportRequest request, const QString& pdfPath, const QString& csvPath)
{
    m_status->setText(tr("Making the report…"));
    // Called on the worker: the bar outlives it (the destructor waits for the worker), and a
    // queued call to a bar deleted meanwhile is dropped.
    QProgressBar* bar = m_progress;
    const auto progress = [bar](int percent) {
        QMetaObject::invokeMethod(
            bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request), audit = m_auditPath, pdfPath,
                                              csvPath, progress, cancelled = m_cancelled] {
        return CaseReportFiles::make(request, audit, pdfPath, csvPath, progress, *cancelled);
    }));
}

void CaseReportDialog::finished(const CaseReportFiles::Outcome& outcome)
{
    m_cancelled.reset();
    setRunning(false);
    if (outcome.cancelled) {
        m_status->setText(tr("Cancelled: nothing was saved."));
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_status->setText(tr("The report was not saved. %1").arg(outcome.error));
        return;
    }
    QStringList names;
    for (const QString& path : outcome.written)
        names.append(QDir::toNativeSeparators(path));
    QString message = tr("Case report saved: %1.").arg(names.join(tr(" and ")));
    if (m_clipboard->isChecked()) {
        QGuiApplication::clipboard()->setText(outcome.ticketText);
        message += QLatin1Char(' ') + tr("The ticket text is on the clipboard.");
    }
    emit saved(message);
    accept();
}

void CaseReportDialog::reject()
{
    // While a report is made, Cancel (and Escape) stop it; the dialog closes once it has.
    if (m_cancelled) {
        m_cancelled->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace ff::ui
