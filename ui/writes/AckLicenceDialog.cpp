// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/AckLicenceDialog.h"

#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "api/client/PathSegment.h"
#include "ui/session/ConnectionSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ff::ui {

AckLicenceDialog::AckLicenceDialog(
    const WriteContext& context, const PurchaseOrderItem& item, const DisplayFormat& format, QWidget* parent)
    : WriteDialog(context, parent)
    , m_item(item)
    , m_format(format)
    , m_device(new QLineEdit(this))
    , m_stateBefore(new QLabel(this))
{
    setWindowTitle(tr("Acknowledge the licence of item %1").arg(item.id.value_or(0)));
    setObjectName(QStringLiteral("ackLicenceDialog"));
    m_device->setObjectName(QStringLiteral("deviceId"));
    m_device->setAccessibleName(tr("Device id"));
    m_device->setPlaceholderText(tr("the device id or client id the customer reads out"));
    if (item.deviceIdOfFirstPlay)
        m_device->setText(QString::number(*item.deviceIdOfFirstPlay));

    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    auto* affiliate = new QLabel(QString::number(context.affiliateId), form);
    auto* itemLabel = new QLabel(
        tr("%1 – %2").arg(QString::number(item.id.value_or(0)), item.title.value_or(tr("untitled"))), form);
    affiliate->setAccessibleName(tr("Affiliate"));
    itemLabel->setAccessibleName(tr("Purchase order item"));
    itemLabel->setTextFormat(Qt::PlainText);
    layout->addRow(tr("Affiliate:"), affiliate);
    layout->addRow(tr("Item:"), itemLabel);
    layout->addRow(tr("&Device id:"), m_device);
    m_stateBefore->setObjectName(QStringLiteral("ackStateBefore"));
    m_stateBefore->setTextFormat(Qt::PlainText);
    m_stateBefore->setWordWrap(true);
    m_stateBefore->hide();
    layout->addRow(m_stateBefore);
    connect(m_device, &QLineEdit::textChanged, this, &AckLicenceDialog::revalidate);
    setForm(form, tr("Acknowledge licence"));
    m_device->setFocus();
}

void AckLicenceDialog::setStates(const LicenceStates& states)
{
    m_states = states;
    m_stateBefore->setText(states.before());
    m_stateBefore->setVisible(!m_stateBefore->text().isEmpty());
}

QString AckLicenceDialog::stateBeforeText() const
{
    return m_stateBefore->text();
}

QString AckLicenceDialog::writeKey() const
{
    return QStringLiteral("ack-license|%1").arg(m_item.id.value_or(0));
}

QStringList AckLicenceDialog::problems() const
{
    QStringList problems;
    if (!m_item.id)
        problems.append(tr("This item has no id."));
    const QString device = m_device->text().trimmed();
    if (device.isEmpty())
        problems.append(tr("Enter the id of the device that received the licence."));
    else if (const auto segment = PathSegment::encode(device, tr("The device id")); !segment)
        problems.append(segment.error());
    return problems;
}

QString AckLicenceDialog::summary() const
{
    return tr("Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.")
        .arg(m_device->text().trimmed(), QString::number(m_item.id.value_or(0)),
            m_item.title.value_or(tr("untitled")), QString::number(context().affiliateId));
}

QString AckLicenceDialog::requestPreview() const
{
    // The device id as it goes on the wire: "a/b" travels as one segment, "a%2Fb", and the
    // preview should not suggest two.
    const auto device = PathSegment::encode(m_device->text().trimmed(), tr("the device id"));
    // One arg() for all three: chained, the "%2F" of an encoded slash would be taken for a
    // place to fill.
    return QStringLiteral("POST api/License/AcknowledgeLicenseIssued/%1/%2/%3?v=1\n(no body)")
        .arg(QString::number(context().affiliateId), device ? QString::fromLatin1(*device) : device.error(),
            QString::number(m_item.id.value_or(0)));
}

QString AckLicenceDialog::describe(const EntitlementV1& e) const
{
    QStringList lines;
    lines << tr("Licence acknowledged for item %1 (%2).")
                 .arg(e.id.value_or(0))
                 .arg(e.title.value_or(tr("untitled")));
    if (m_states) {
        // Whether the window started, before the fields: what the agent tells the customer.
        lines << m_stateBefore->text() << m_states->after(e);
    }
    lines << tr("Licence acknowledged: %1").arg(m_format.yesNo(e.licenseAcknowledged));
    lines << tr("Persistent licence issued: %1").arg(m_format.yesNo(e.persistentLicenseIssued));
    lines << tr("Transient licence issued: %1").arg(m_format.yesNo(e.transientLicenceIssued));
    lines << tr("Rental expires: %1").arg(m_format.dateTime(e.rentalExpiryTime));
    lines << tr("First played: %1").arg(m_format.dateTime(e.timeOfFirstPlay));
    lines << tr("Last play position: %1").arg(m_format.duration(e.lastPlayPosition));
    if (e.registeredRegisteredDevice)
        lines << tr("Device: %1 (%2, id %3)")
                     .arg(e.registeredRegisteredDevice->deviceName.value_or(QStringLiteral("—")),
                         e.registeredRegisteredDevice->deviceTypeName.value_or(QStringLiteral("—")),
                         QString::number(e.registeredRegisteredDevice->id.value_or(0)));
    if (e.entitlementType)
        lines << tr("Entitlement type: %1").arg(e.entitlementType->name.value_or(QStringLiteral("—")));
    if (e.mediaItem)
        lines << tr("Media item: %1 (%2)")
                     .arg(e.mediaItem->title.value_or(QStringLiteral("—")),
                         QString::number(e.mediaItem->releaseYear.value_or(0)));
    return lines.join(QLatin1Char('\n'));
}

void AckLicenceDialog::perform(AuditEntry entry, Finished finished)
{
    ApiClient* client = context().session->client();
    if (!client) {
        finished(ApiError::make(ApiError::Kind::InvalidInput, tr("not connected")), QString());
        return;
    }
    AuditedWrites::acknowledgeLicense(*client, *context().audit, entry, context().affiliateId,
        m_device->text().trimmed(), m_item.id.value_or(0), this,
        [this, finished](Result<EntitlementV1, ApiError> result) {
            if (!result) {
                finished(result.error(), QString());
                return;
            }
            emit acknowledged(*result);
            finished(std::nullopt, describe(*result));
        });
}

WriteReconciler::Finding AckLicenceDialog::judge(const QList<PurchaseOrder>& reread) const
{
    const qint64 itemId = m_item.id.value_or(0);
    WriteReconciler::Finding finding;
    for (const PurchaseOrder& order : reread) {
        for (const PurchaseOrderItem& after :
            order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (after.id == itemId) {
                finding.order = order;
                finding.verification = WriteVerification::ofAcknowledgement(m_item, after);
                finding.resultText = tr("The licence acknowledgement for item %1 was recorded.").arg(itemId);
                return finding;
            }
        }
    }
    finding.missing = tr("item %1 is no longer in this customer's orders.").arg(itemId);
    return finding;
}

} // namespace ff::ui
