// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/writes/AddItemDialog.h"

#include "api/audit/AuditLog.h"
#include "api/audit/AuditedWrites.h"
#include "api/client/ApiClient.h"
#include "api/codec/JsonWriter.h"
#include "api/domain/NewItemRules.h"
#include "models/DisplayFormat.h"
#include "models/FieldRows.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/WholeNumberSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSet>

namespace ff::ui {

AddItemDialog::AddItemDialog(
    const WriteContext& context, const PurchaseOrder& order, const QString& currency, QWidget* parent)
    : WriteDialog(context, parent)
    , m_order(order)
    , m_currency(currency)
    , m_offer(new QLineEdit(this))
    , m_supplierRef(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_rentalDays(new WholeNumberSpinBox(this))
    , m_viewHours(new WholeNumberSpinBox(this))
    , m_entitlementType(new WholeNumberSpinBox(this))
    , m_drmProfile(new QComboBox(this))
    , m_rating(new QComboBox(this))
    , m_durationMinutes(new WholeNumberSpinBox(this))
    , m_supportedDevices(new QLineEdit(this))
    , m_preRoll(new QCheckBox(tr("Requires a pre-roll advert"), this))
    , m_dtr(new QCheckBox(tr("Supports download to rent (DTR)"), this))
{
    setWindowTitle(tr("Add an item to order %1").arg(order.id.value_or(0)));
    setObjectName(QStringLiteral("addItemDialog"));

    m_offer->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_offer));
    m_offer->setPlaceholderText(tr("the offer being bought, e.g. 4211"));
    m_supplierRef->setPlaceholderText(tr("the title's supplier reference"));
    m_price->setPlaceholderText(MoneyInput(locale(), m_currency).example());
    m_rentalDays->setRange(0, 3650);
    // The unit agrees with the number shown ("1 day", "2 days"; Polish has three forms).
    const auto setDaysSuffix
        = [this](int days) { m_rentalDays->setSuffix(tr(" day(s)", "spin box suffix", days)); };
    connect(m_rentalDays, &QSpinBox::valueChanged, this, setDaysSuffix);
    m_rentalDays->setValue(30);
    m_viewHours->setRange(0, 87600);
    const auto setHoursSuffix
        = [this](int hours) { m_viewHours->setSuffix(tr(" hour(s)", "spin box suffix", hours)); };
    connect(m_viewHours, &QSpinBox::valueChanged, this, setHoursSuffix);
    m_viewHours->setValue(48);
    m_entitlementType->setRange(1, 999);
    m_durationMinutes->setRange(0, 10000);
    m_durationMinutes->setSuffix(tr(" min"));
    m_drmProfile->setEditable(true);
    m_rating->setEditable(true);
    m_rating->addItems({ QString(), QStringLiteral("U"), QStringLiteral("PG"), QStringLiteral("12A"),
        QStringLiteral("12"), QStringLiteral("15"), QStringLiteral("18") });
    // Suggest what this customer's other items use.
    QStringList drmProfiles;
    for (const PurchaseOrderItem& existing :
        order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
        if (existing.drmProfile && !drmProfiles.contains(*existing.drmProfile))
            drmProfiles.append(*existing.drmProfile);
        if (existing.entitlementTypeId)
            m_entitlementType->setValue(int(*existing.entitlementTypeId));
    }
    m_drmProfile->addItems(drmProfiles);

    const QList<QPair<QWidget*, QString>> accessible = { { m_offer, tr("Offer id") },
        { m_supplierRef, tr("Supplier ref") }, { m_title, tr("Title") }, { m_price, tr("Unit price") },
        { m_rentalDays, tr("Rental time in days") }, { m_viewHours, tr("View time in hours") },
        { m_entitlementType, tr("Entitlement type id") }, { m_drmProfile, tr("DRM profile") },
        { m_rating, tr("BBFC rating") }, { m_durationMinutes, tr("Duration in minutes") },
        { m_supportedDevices, tr("Supported devices") }, { m_preRoll, tr("Requires a pre-roll advert") },
        { m_dtr, tr("Supports DTR") } };
    for (const auto& [widget, name] : accessible)
        widget->setAccessibleName(name);
    m_offer->setObjectName(QStringLiteral("offerId"));
    m_supplierRef->setObjectName(QStringLiteral("supplierRef"));
    m_title->setObjectName(QStringLiteral("title"));
    m_price->setObjectName(QStringLiteral("unitPrice"));

    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    auto* intro = new QLabel(
        tr("Adding to order %1 of %2.").arg(order.id.value_or(0)).arg(context.customerLabel), form);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addRow(intro);
    layout->addRow(tr("&Offer id:"), m_offer);
    layout->addRow(tr("&Supplier ref:"), m_supplierRef);
    layout->addRow(tr("T&itle:"), m_title);
    layout->addRow(
        m_currency.isEmpty() ? tr("Unit &price:") : tr("Unit &price (%1):").arg(m_currency), m_price);
    layout->addRow(tr("&Rental time:"), m_rentalDays);
    layout->addRow(tr("&View time:"), m_viewHours);
    layout->addRow(tr("&Entitlement type id:"), m_entitlementType);
    layout->addRow(tr("&DRM profile:"), m_drmProfile);
    layout->addRow(tr("&BBFC rating:"), m_rating);
    layout->addRow(tr("D&uration:"), m_durationMinutes);
    layout->addRow(tr("Supported devi&ces:"), m_supportedDevices);
    layout->addRow(QString(), m_preRoll);
    layout->addRow(QString(), m_dtr);

    for (QLineEdit* edit : { m_offer, m_supplierRef, m_title, m_price, m_supportedDevices })
        connect(edit, &QLineEdit::textChanged, this, &AddItemDialog::revalidate);
    setForm(form, tr("Add item to order %1").arg(order.id.value_or(0)));
    m_offer->setFocus();
}

Result<Decimal, MoneyInput::Error> AddItemDialog::price() const
{
    // By the agent's locale only: "3,99" is 3.99 under de_DE and refused under en_GB, never 399.
    return MoneyInput(locale(), m_currency).read(m_price->text());
}

PurchaseOrderItem AddItemDialog::item() const
{
    // The API's DTO has non-nullable numbers and flags: send them all, as its own sample does.
    PurchaseOrderItem item;
    item.id = 0;
    item.purchaseOrderId = m_order.id;
    if (!m_offer->text().isEmpty())
        item.offerId = m_offer->text().toLongLong();
    if (const auto price = this->price())
        item.unitPrice = *price;
    if (!m_supplierRef->text().trimmed().isEmpty())
        item.supplierRef = m_supplierRef->text().trimmed();
    item.rentalTime = m_rentalDays->value();
    item.viewTime = m_viewHours->value();
    if (!m_title->text().trimmed().isEmpty())
        item.title = m_title->text().trimmed();
    if (!m_rating->currentText().trimmed().isEmpty())
        item.bbfcRating = m_rating->currentText().trimmed();
    item.duration = m_durationMinutes->value();
    item.deleted = false;
    item.requiresPreRoll = m_preRoll->isChecked();
    item.persistentLicenseIssued = false;
    item.isDtr = m_dtr->isChecked();
    if (!m_supportedDevices->text().trimmed().isEmpty())
        item.supportedDevices = m_supportedDevices->text().trimmed();
    if (!m_drmProfile->currentText().trimmed().isEmpty())
        item.drmProfile = m_drmProfile->currentText().trimmed();
    item.licenseAcknowledged = false;
    item.entitlementTypeId = m_entitlementType->value();
    item.paymentProvider = m_order.paymentProvider;
    item.paymentProviderTransactionId = m_order.paymentProviderTransactionId;
    item.inherited = false;
    return item;
}

QString AddItemDialog::writeKey() const
{
    return QStringLiteral("add-item|%1").arg(m_order.id.value_or(0));
}

QStringList AddItemDialog::problems() const
{
    QStringList problems;
    const auto price = this->price();
    if (!price && price.error().problem != MoneyInput::Problem::Empty)
        problems.append(tr("Unit price: %1").arg(price.error().message));
    if (!m_order.id)
        problems.append(tr("This order has no id, so nothing can be added to it."));
    for (const NewItemRules::Problem& problem : NewItemRules::problems(item(), m_order.id.value_or(0))) {
        if (problem.field == QLatin1String("UnitPrice") && !m_price->text().trimmed().isEmpty())
            continue; // already said, in the agent's terms
        const QByteArray field = problem.field.toLatin1();
        problems.append(tr("%1 %2").arg(
            FieldRows::labelFor(std::string_view(field.constData(), size_t(field.size()))), problem.message));
    }
    return problems;
}

QString AddItemDialog::summary() const
{
    const PurchaseOrderItem item = this->item();
    // The amount as understood, with its currency, as the agent's locale writes money.
    const QString price
        = DisplayFormat(locale(), QTimeZone::systemTimeZone()).money(item.unitPrice, m_currency);
    return tr("Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7, view time %8.")
        .arg(item.title.value_or(tr("untitled")), item.supplierRef.value_or(QString()),
            QString::number(item.offerId.value_or(0)), QString::number(m_order.id.value_or(0)),
            context().customerLabel, price, tr("%n day(s)", nullptr, int(item.rentalTime.value_or(0))),
            tr("%n hour(s)", nullptr, int(item.viewTime.value_or(0))));
}

QString AddItemDialog::requestPreview() const
{
    JsonWriteOptions options;
    options.indented = true;
    return QStringLiteral("PUT api/Purchase/%1?v=2.0\n").arg(m_order.id.value_or(0))
        + QString::fromUtf8(JsonWriter::toJson(item(), options));
}

void AddItemDialog::perform(AuditEntry entry, Finished finished)
{
    ApiClient* client = context().session->client();
    if (!client) {
        finished(ApiError::make(ApiError::Kind::InvalidInput, tr("not connected")), QString());
        return;
    }
    m_sent = item();
    const qint64 orderId = m_order.id.value_or(0);
    AuditedWrites::addItem(*client, *context().audit, entry, orderId, m_sent, this,
        [this, finished, orderId](Result<PurchaseOrder, ApiError> result) {
            if (!result) {
                finished(result.error(), QString());
                return;
            }
            // The new item is the one the order did not have before (the newest, should the
            // order have changed meanwhile).
            QSet<qint64> before;
            for (const PurchaseOrderItem& item :
                m_order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()))
                before.insert(item.id.value_or(0));
            qint64 added = 0;
            for (const PurchaseOrderItem& item :
                result->purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
                if (!before.contains(item.id.value_or(0)))
                    added = qMax(added, item.id.value_or(0));
            }
            emit itemAdded(*result, added);
            finished(std::nullopt,
                tr("The item was added. Order %1 now has %n item(s).", nullptr,
                    int(result->purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>()).size()))
                    .arg(orderId));
        });
}

WriteReconciler::Finding AddItemDialog::judge(const QList<PurchaseOrder>& reread) const
{
    const qint64 orderId = m_order.id.value_or(0);
    WriteReconciler::Finding finding;
    const auto after = std::find_if(reread.cbegin(), reread.cend(),
        [orderId](const PurchaseOrder& order) { return order.id == orderId; });
    if (after == reread.cend()) {
        finding.missing = tr("order %1 is no longer in this customer's orders.").arg(orderId);
        return finding;
    }
    finding.order = *after;
    finding.verification = WriteVerification::ofAddedItem(m_order, m_sent, *after);
    finding.resultText
        = tr("The item was added to order %1 (item %2).").arg(orderId).arg(finding.verification.itemId);
    return finding;
}

} // namespace ff::ui
