// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogDialog.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditLogReader.h"
#include "models/DecisionRecords.h"
#include "models/DisplayFormat.h"
#include "ui/audit/AuditLogFilterModel.h"
#include "ui/widgets/TableExport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

// The outcome filter's value for refund decisions (the writes' are AuditEntry::Outcome's).
constexpr int DecisionOutcome = -2;

enum Column {
    When,
    Outcome,
    Source,
    Profile,
    User,
    Endpoint,
    Ids,
    Ticket,
    Reason,
    Request,
    Http,
    RequestId,
    Message,
    ColumnCount
};

QString localTime(const QString& iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) + QLatin1Char(' ')
            + when.toLocalTime().timeZoneAbbreviation()
                          : iso;
}

QString outcomeText(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Succeeded:
        return AuditLogDialog::tr("applied");
    case AuditEntry::Outcome::Failed:
        return AuditLogDialog::tr("not applied");
    case AuditEntry::Outcome::Unknown:
    case AuditEntry::Outcome::Pending:
        break;
    }
    return AuditLogDialog::tr("unknown");
}

// The outcome as the answer said it and, after an unknown one, what reading back found.
QString outcomeText(const AuditEntry& entry)
{
    switch (entry.reconciled) {
    case AuditEntry::Reconciled::Applied:
        return AuditLogDialog::tr("unknown; read back: applied");
    case AuditEntry::Reconciled::NotApplied:
        return AuditLogDialog::tr("unknown; read back: not applied");
    case AuditEntry::Reconciled::Uncertain:
        return AuditLogDialog::tr("unknown; read back: not certain");
    case AuditEntry::Reconciled::None:
        break;
    }
    return outcomeText(entry.outcome);
}

QString messageText(const AuditEntry& entry)
{
    if (entry.reconciliation.isEmpty())
        return entry.message;
    return AuditLogDialog::tr("%1 · read back %2: %3")
        .arg(entry.message, localTime(entry.reconciledAt), entry.reconciliation);
}

// "order 5106326", "affiliate 1 · device 4711 · item 9201605": what the write was about, in
// words an investigator can read and type into the filter.
QString idsText(const QJsonObject& ids)
{
    static const QHash<QString, QString> words = {
        { QStringLiteral("purchaseOrderId"), AuditLogDialog::tr("order") },
        { QStringLiteral("affiliateId"), AuditLogDialog::tr("affiliate") },
        { QStringLiteral("deviceId"), AuditLogDialog::tr("device") },
        { QStringLiteral("purchaseOrderItemId"), AuditLogDialog::tr("item") },
    };
    QStringList parts;
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        parts.append(words.value(it.key(), it.key()) + QLatin1Char(' ') + it.value().toVariant().toString());
    return parts.join(QStringLiteral(" · "));
}

// A refund decision's row: no write, so its "outcome" is the decision, and its request what it
// was decided on.
QStringList decisionCells(const AuditDecision& d)
{
    QStringList cells(ColumnCount);
    cells[When] = localTime(d.recordedAt);
    cells[Outcome] = AuditLogDialog::tr("decision: %1").arg(DecisionRecords::displayName(d.decision));
    cells[Source] = d.source;
    cells[Profile] = d.profile;
    cells[User] = d.operatingSystemUser;
    cells[Endpoint] = AuditLogDialog::tr("refund decision");
    cells[Ids] = AuditLogDialog::tr("affiliate %1 · %2 · order %3 · item %4")
                     .arg(QString::number(d.affiliateId), d.customer, QString::number(d.orderId),
                         QString::number(d.itemId));
    cells[Ticket] = d.ticket;
    cells[Reason] = d.reason;
    cells[Request] = AuditLogDialog::tr("verdict %1, state %2, as of %3 (version %4)")
                         .arg(d.verdict, d.state, localTime(d.asOf), d.appVersion);
    return cells;
}

} // namespace

AuditLogDialog::AuditLogDialog(const AuditLog& log, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new AuditLogFilterModel(Outcome, this))
    , m_filter(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    m_status->setTextFormat(Qt::PlainText); // says why the file could not be read
    setObjectName(QStringLiteral("auditLogDialog"));
    resize(1100, 520);
    m_model->setHorizontalHeaderLabels(
        { tr("When"), tr("Outcome"), tr("From"), tr("Profile"), tr("Computer user"), tr("Change"), tr("Ids"),
            tr("Ticket"), tr("Reason"), tr("Request"), tr("HTTP"), tr("Request id"), tr("Message") });
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter by ticket, reason, id, profile…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_outcome->addItem(tr("All outcomes"));
    m_outcome->addItem(tr("applied"), int(AuditEntry::Outcome::Succeeded));
    m_outcome->addItem(tr("not applied"), int(AuditEntry::Outcome::Failed));
    m_outcome->addItem(tr("unknown"), int(AuditEntry::Outcome::Unknown));
    m_outcome->addItem(tr("refund decisions"), DecisionOutcome);
    m_outcome->setAccessibleName(tr("Filter by outcome"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Recorded changes"));
    m_view->horizontalHeader()->setSectionsMovable(true);
    TableExport::attach(m_view, nullptr, [] { return tr("audit-log"); });

    auto* location = new QLabel(tr("Kept in %1").arg(log.path()), this);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setTextFormat(Qt::PlainText);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(location);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilters);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilters);
    connect(refresh, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void AuditLogDialog::reload()
{
    const Result<AuditLogContents, QString> contents = m_log.read();
    const QList<AuditEntry> entries = contents ? contents->entries : QList<AuditEntry>();
    const QList<AuditLogContents::Damaged> damaged
        = contents ? contents->damaged : QList<AuditLogContents::Damaged>();
    QString problem;
    if (!contents)
        problem = tr("the audit log could not be read: %1").arg(contents.error());
    else if (!damaged.isEmpty())
        problem = tr("%n damaged line(s) (cut short while being written) shown as damaged", nullptr,
            int(damaged.size()));
    m_model->removeRows(0, m_model->rowCount());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry& e = *it;
        const QList<QStandardItem*> row
            = makeRow({ localTime(e.attemptedAt), outcomeText(e), e.source, e.profile, e.operatingSystemUser,
                e.endpoint, idsText(e.ids), e.ticket, e.reason, e.requestSummary,
                e.httpStatus ? QString::number(e.httpStatus) : QString(), e.requestId, messageText(e) });
        row[When]->setData(e.attemptedAt, Qt::UserRole); // sorts as time
        row[Outcome]->setData(
            int(e.outcome == AuditEntry::Outcome::Pending ? AuditEntry::Outcome::Unknown : e.outcome),
            AuditLogFilterModel::OutcomeRole);
        m_model->appendRow(row);
    }
    const QList<AuditDecision> decisions = contents ? contents->decisions : QList<AuditDecision>();
    for (auto it = decisions.crbegin(); it != decisions.crend(); ++it) {
        const QList<QStandardItem*> row = makeRow(decisionCells(*it));
        row[When]->setData(it->recordedAt, Qt::UserRole);
        row[Outcome]->setData(DecisionOutcome, AuditLogFilterModel::OutcomeRole);
        m_model->appendRow(row);
    }
    // A damaged line is shown for what it is, where it is in the file: evidence is not dropped.
    for (const AuditLogContents::Damaged& line : damaged) {
        QStringList cells(ColumnCount);
        cells[When] = tr("line %1").arg(line.line);
        cells[Outcome] = tr("damaged");
        cells[Message] = QString::fromUtf8(line.text);
        const QList<QStandardItem*> row = makeRow(cells);
        row[Outcome]->setData(-1, AuditLogFilterModel::OutcomeRole);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    QString status = tr("%n change(s) recorded", nullptr, int(entries.size()));
    if (!decisions.isEmpty())
        status = tr("%1; %n refund decision(s)", nullptr, int(decisions.size())).arg(status);
    m_status->setText(problem.isEmpty() ? status : tr("%1; %2").arg(status, problem));
    applyFilters();
}

QList<QStandardItem*> AuditLogDialog::makeRow(const QStringList& cells)
{
    QList<QStandardItem*> row;
    for (const QString& cell : cells) {
        auto* item = new QStandardItem(cell);
        item->setEditable(false);
        item->setToolTip(DisplayFormat::toolTip(cell)); // a reason as the agent typed it
        item->setData(cell, Qt::UserRole);
        row.append(item);
    }
    return row;
}

void AuditLogDialog::applyFilters()
{
    m_proxy->setFilterFixedString(m_filter->text());
    const QVariant outcome = m_outcome->currentData();
    m_proxy->setOutcome(outcome.isValid() ? std::optional<int>(outcome.toInt()) : std::nullopt);
}

int AuditLogDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace ff::ui
