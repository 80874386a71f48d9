// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/AccountPurchasesData.h"
#include "api/dto/AccountPurchasesDetail.h"
#include "api/dto/AccountPurchasesResponse.h"
#include "api/dto/BillingDetails.h"
#include "api/dto/CastMember.h"
#include "api/dto/CreditPurchase.h"
#include "api/dto/Entitlement.h"
#include "api/dto/EntitlementType.h"
#include "api/dto/EntitlementV1.h"
#include "api/dto/ExternalIdentifier.h"
#include "api/dto/Furniture.h"
#include "api/dto/Identification.h"
#include "api/dto/MediaAsset.h"
#include "api/dto/MediaItem.h"
#include "api/dto/Offer.h"
#include "api/dto/PurchaseOrder.h"
#include "api/dto/PurchaseOrderItem.h"
#include "api/dto/PurchaseOrderStatus.h"
#include "api/dto/RegisteredDevice.h"
#include "api/dto/ResponseError.h"
#include "api/dto/SupportedDevice.h"
#include "models/AgentLanguage.h"
#include "models/FieldLabels.h"
#include "models/FieldRows.h"

#include <QTest>
#include <memory>
#include <tuple>

using namespace ff;

namespace {

template <Dto T> void collectNames(QStringList* names)
{
    std::apply(
        [&](const auto&... field) {
            (names->append(QString::fromLatin1(field.name.data(), qsizetype(field.name.size()))), ...);
        },
        T::fields());
}

template <Dto... T> QStringList apiNamesOf()
{
    QStringList names;
    (collectNames<T>(&names), ...);
    return names;
}

QStringList everyApiName()
{
    return apiNamesOf<AccountPurchasesData, AccountPurchasesDetail, AccountPurchasesResponse, BillingDetails,
        CastMember, CreditPurchase, Entitlement, EntitlementType, EntitlementV1, ExternalIdentifier,
        Furniture, Identification, MediaAsset, MediaItem, Offer, PurchaseOrder, PurchaseOrderItem,
        PurchaseOrderStatus, RegisteredDevice, ResponseError, SupportedDevice>();
}

} // namespace

// The Details pane names each field of the API in the agent's language: every name FieldRows
// makes is one the catalogues translate.
class TestFieldLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldOfTheApiHasANameTheCataloguesKnow()
    {
        const QStringList listed = FieldLabels::all();
        QStringList missing;
        for (const QString& name : everyApiName()) {
            const QString label = FieldRows::labelFor(name.toStdString());
            if (!listed.contains(label))
                missing.append(QStringLiteral("%1 (%2)").arg(label, name));
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("add to models/FieldLabels.cpp: ") + missing.join(QStringLiteral(", "))));
    }

    void theNamesAreShownInTheAgentsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("pl") })
            QTest::newRow(qPrintable(language)) << language;
    }

    void theNamesAreShownInTheAgentsLanguage()
    {
        QFETCH(QString, language);
        QStringList untranslated;
        {
            QObject translators;
            QVERIFY(AgentLanguage::apply(QLocale(language), &translators));
            for (const QString& name : { QStringLiteral("PurchaseOrderId"), QStringLiteral("UnitPrice"),
                     QStringLiteral("SupplierRef"), QStringLiteral("TimeOfFirstPlay"),
                     QStringLiteral("RentalExpiryTime") }) {
                // Still one of the English names: not translated.
                if (FieldLabels::all().contains(FieldRows::labelFor(name.toStdString())))
                    untranslated.append(name);
            }
        }
        QLocale::setDefault(QLocale::c());
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
        // Without the catalogue, English again.
        QCOMPARE(FieldRows::labelFor("PurchaseOrderId"), QStringLiteral("Purchase order id"));
    }
};

QTEST_GUILESS_MAIN(TestFieldLabels)
#include "tst_fieldlabels.moc"
