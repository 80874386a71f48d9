// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/EntitlementPane.h"

#include "api/client/ApiClient.h"
#include "models/EntitlementModel.h"
#include "ui/errors/ErrorPresenter.h"
#include "ui/session/ConnectionSession.h"
#include "ui/widgets/BusyBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/TableExport.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ff::ui {

namespace {

QString orDash(const std::optional<QString>& text)
{
    return text && !text->isEmpty() ? *text : QStringLiteral("—");
}

QString number(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

// A short list as tall as its rows (two at least), so that the pane reads top to bottom
// without empty boxes; long ones scroll within it.
void fitToRows(QTreeWidget* list)
{
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    const int rows = qBound(2, list->topLevelItemCount(), 8);
    const int rowHeight
        = list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 6;
    // Columns as wide as their contents are often wider than the pane together: room for the
    // horizontal scroll bar too, or it covers the last row.
    const int scrollBar = list->horizontalScrollBar()->sizeHint().height();
    list->setFixedHeight(
        list->header()->sizeHint().height() + rows * rowHeight + scrollBar + 2 * list->frameWidth() + 4);
}

} // namespace

EntitlementPane::EntitlementPane(ConnectionSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(new MessageBar(this))
    , m_errors(new ErrorPresenter(m_messages, session, this))
    , m_busy(new BusyBar(this))
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_summary(new QFormLayout)
    , m_mismatch(new QLabel(this))
    , m_offers(new QTreeWidget(this))
    , m_assets(new QTreeWidget(this))
    , m_family(new QTreeView(this))
    , m_familyModel(new EntitlementModel(this))
{
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(QStringLiteral("entitlementPlaceholder"));
    m_mismatch->setWordWrap(true);
    m_mismatch->setTextFormat(Qt::PlainText);
    m_mismatch->setObjectName(QStringLiteral("entitlementMismatch"));
    m_mismatch->hide();

    auto* summaryBox = new QGroupBox(tr("Entitlement"), m_content);
    summaryBox->setLayout(m_summary);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* offersBox = new QGroupBox(tr("Offers"), m_content);
    m_offers->setHeaderLabels(
        { tr("Offer"), tr("Type"), tr("Price"), tr("Available"), tr("Rental / view"), tr("Devices") });
    m_offers->setRootIsDecorated(false);
    m_offers->setAccessibleName(tr("Offers of the media item"));
    m_offers->setObjectName(QStringLiteral("entitlementOffers"));
    (new QVBoxLayout(offersBox))->addWidget(m_offers);

    auto* assetsBox = new QGroupBox(tr("Media assets"), m_content);
    m_assets->setHeaderLabels(
        { tr("Asset type"), tr("Material"), tr("Transcode"), tr("Aspect ratio"), tr("Key id") });
    m_assets->setRootIsDecorated(false);
    m_assets->setAccessibleName(tr("Media assets"));
    m_assets->setObjectName(QStringLiteral("entitlementAssets"));
    (new QVBoxLayout(assetsBox))->addWidget(m_assets);

    auto* familyBox = new QGroupBox(tr("Parent and children"), m_content);
    m_family->setModel(m_familyModel);
    m_family->setObjectName(QStringLiteral("entitlementFamily"));
    m_family->setAccessibleName(tr("Parent and child entitlements"));
    m_family->setUniformRowHeights(true);
    (new QVBoxLayout(familyBox))->addWidget(m_family);

    TableExport::attach(m_offers, m_messages, [this] { return tr("%1-offers").arg(m_supplierRef); });
    TableExport::attach(m_assets, m_messages, [this] { return tr("%1-assets").arg(m_supplierRef); });
    TableExport::attach(m_family, m_messages, [this] { return tr("%1-family").arg(m_supplierRef); });

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_mismatch);
    contentLayout->addWidget(summaryBox);
    contentLayout->addWidget(offersBox);
    contentLayout->addWidget(assetsBox);
    contentLayout->addWidget(familyBox);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_busy);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);

    connect(m_busy, &BusyBar::cancelRequested, this, [this] {
        if (m_call)
            m_call->cancel();
    });
    clear();
}

void EntitlementPane::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    m_familyModel->setDisplayFormat(format);
}

bool EntitlementPane::isLoading() const
{
    return m_call != nullptr;
}

QString EntitlementPane::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

void EntitlementPane::clear()
{
    if (m_call)
        m_call->cancel();
    m_entitlement.reset();
    m_outcome = Outcome::None;
    m_busy->stop();
    m_errors->dismiss();
    m_scroll->hide();
    m_placeholder->setText(tr("Select an item to see its current entitlement."));
    m_placeholder->show();
    m_familyModel->clear();
}

void EntitlementPane::load(
    qint64 affiliateId, const QString& supplierRef, qint64 itemId, const QString& currency)
{
    m_affiliateId = affiliateId;
    m_supplierRef = supplierRef;
    m_itemId = itemId;
    m_currency = currency;
    reload();
}

void EntitlementPane::reload()
{
    clear();
    ApiClient* client = m_session->client();
    if (!client)
        return;
    m_placeholder->hide();
    m_outcome = Outcome::Loading;
    m_busy->start(tr("Loading the entitlement…"));
    m_call = client->entitlement(
        m_affiliateId, m_supplierRef, true, this, [this](Result<Entitlement, ApiError> result) {
            m_busy->stop();
            m_call = nullptr;
            if (result || result.error().isNotFound())
                m_answeredAt = DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
            if (result) {
                m_outcome = Outcome::Found;
                show(*result);
                emit loaded();
                return;
            }
            if (result.error().kind == ApiError::Kind::Cancelled) {
                m_outcome = Outcome::None;
                m_placeholder->setText(tr("Loading the entitlement was cancelled."));
                m_placeholder->show();
                return;
            }
            if (result.error().isNotFound()) {
                // An answer, not a failure: nothing to retry, and the investigation goes on.
                m_outcome = Outcome::NotFound;
                m_placeholder->setText(
                    tr("The platform has no entitlement for this title (supplier ref “%1”): the rental "
                       "may have ended or the item been removed. The refund investigation goes on from "
                       "the orders alone.")
                        .arg(m_supplierRef));
                m_placeholder->show();
                emit notFound(m_supplierRef);
                return;
            }
            m_outcome = Outcome::Failed;
            m_errors->showError(result.error(), QString(), [this] { reload(); });
        });
}

void EntitlementPane::addRow(const QString& label, const QString& value)
{
    auto* text = new QLabel(value, m_content);
    text->setTextFormat(Qt::PlainText); // titles, cast and synopses as the server sent them
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setAccessibleName(label);
    m_summary->addRow(label, text);
}

void EntitlementPane::show(const Entitlement& e)
{
    m_entitlement = e;
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);

    if (e.id && *e.id != m_itemId) {
        m_mismatch->setText(
            tr("Note: the current entitlement for this title comes from another purchase (item %1), "
               "not from the selected item %2.")
                .arg(*e.id)
                .arg(m_itemId));
        m_mismatch->show();
    } else {
        m_mismatch->hide();
    }

    const bool expired
        = e.rentalExpiryTime && e.rentalExpiryTime->toDateTime() < QDateTime::currentDateTimeUtc();
    addRow(tr("Title"), orDash(e.title));
    addRow(tr("Price paid"), m_format.money(e.unitPrice, m_currency));
    addRow(tr("Type"), e.entitlementType ? orDash(e.entitlementType->name) : QStringLiteral("—"));
    addRow(tr("Rental expires"),
        m_format.dateTime(e.rentalExpiryTime) + (expired ? QLatin1Char(' ') + tr("(expired)") : QString()));
    addRow(tr("Last play position"), m_format.duration(e.lastPlayPosition));
    addRow(tr("First played"), m_format.dateTime(e.timeOfFirstPlay));
    addRow(tr("Licence"),
        tr("acknowledged: %1 · persistent: %2 · transient: %3")
            .arg(m_format.yesNo(e.licenseAcknowledged), m_format.yesNo(e.persistentLicenseIssued),
                m_format.yesNo(e.transientLicenceIssued)));
    if (e.registeredRegisteredDevice) {
        const RegisteredDevice& device = *e.registeredRegisteredDevice;
        addRow(tr("Device"),
            tr("%1 (%2, device id %3, %4)")
                .arg(orDash(device.deviceName), orDash(device.deviceTypeName), number(device.id),
                    device.isActive.value_or(false) ? tr("active") : tr("inactive")));
    } else {
        addRow(tr("Device"), tr("none registered"));
    }
    addRow(tr("Deleted"), m_format.yesNo(e.deleted));
    if (e.mediaItem) {
        const MediaItem& media = *e.mediaItem;
        addRow(tr("Media item"),
            tr("%1 (%2) · %3 · %4")
                .arg(orDash(media.title), number(media.releaseYear), orDash(media.certificate),
                    orDash(media.duration)));
        QStringList cast;
        for (const CastMember& member : media.cast.value_or(QList<CastMember>()))
            cast.append(member.type ? tr("%1 (%2)").arg(orDash(member.fullName), *member.type)
                                    : orDash(member.fullName));
        addRow(tr("Cast"), cast.isEmpty() ? QStringLiteral("—") : cast.join(QStringLiteral(", ")));
        if (media.newsletterSynopsis)
            addRow(tr("Synopsis"), *media.newsletterSynopsis);
    }

    m_offers->clear();
    for (const Offer& offer : e.mediaItem ? e.mediaItem->offers.value_or(QList<Offer>()) : QList<Offer>()) {
        QStringList devices;
        for (const SupportedDevice& device : offer.supportedDevices.value_or(QList<SupportedDevice>()))
            devices.append(orDash(device.deviceType));
        new QTreeWidgetItem(m_offers,
            { number(offer.id), orDash(offer.offerType),
                m_format.money(offer.price, offer.currency.value_or(QString())),
                tr("%1 – %2").arg(
                    m_format.dateTime(offer.startAvailability), m_format.dateTime(offer.endAvailability)),
                offer.rentalTime || offer.viewTime
                    ? tr("%1 d / %2 h").arg(number(offer.rentalTime), number(offer.viewTime))
                    : QStringLiteral("—"), // to own: no limits
                devices.join(QStringLiteral(", ")) });
    }
    m_assets->clear();
    for (const MediaAsset& asset : e.mediaAssets.value_or(QList<MediaAsset>())) {
        new QTreeWidgetItem(m_assets,
            { orDash(asset.assetType), orDash(asset.materialTitle), orDash(asset.transcodeTypeDescription),
                orDash(asset.aspectRatio), orDash(asset.keyId) });
    }
    fitToRows(m_offers);
    fitToRows(m_assets);
    m_familyModel->setEntitlement(e);
    m_family->expandAll();
    for (int column = 0; column < m_familyModel->columnCount(); ++column)
        m_family->resizeColumnToContents(column);
    m_placeholder->hide();
    m_scroll->show();
}

} // namespace ff::ui
