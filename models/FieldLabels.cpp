// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FieldLabels.h"

#include <QCoreApplication>

namespace ff {

namespace {

// One per name FieldRows::labelFor makes from a field of api/dto: the catalogue's sources.
constexpr const char* Names[] = {
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Identification"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Result"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Detail"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Billing details"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Is purchase allowed"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Is purchase order required"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Purchase order"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Purchases"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Error"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Response data"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Address"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Company"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Email"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Mobile"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Phone"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Full name"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Currency"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Date purchased"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Gross total"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "ID"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Invoice number"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Net total"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Paid"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Purchase type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Quantity"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Tax"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Unit price"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Entitlement type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Rental expiry time"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Last play position"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Registered registered device"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Transient licence issued"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Media item"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Media assets"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Children"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Parent"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Hide"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Po created date"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Name"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Purchase order id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Offer id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Supplier ref"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Time of first play"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Rental time"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "View time"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Title"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "BBFC rating"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Duration"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Deleted"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Requires pre roll"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Persistent licence issued"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Is DTR"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Supported devices"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "DRM profile"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Licence acknowledged"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Entitlement type id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Key"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Value"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Uri"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Furniture type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "User id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Asset type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Material title"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Media uri"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Key id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Aspect ratio"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Transcode type id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Transcode type description"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Supplier reference"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Sort title"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Title keywords"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Release year"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Certificate"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Cast"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Newsletter synopsis"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Trailer uri"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Furniture base url"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Furniture"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "External identifiers"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Offers"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Audio description available"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Start availability"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "End availability"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Price"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Asset type id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Offer type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Merchant ref"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Customer id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Status"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Create date"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Purchase order item dtos"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Payment provider"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Payment provider customer id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Payment provider transaction id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Payment provider refund trans id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Offer type id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Shipping ids"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Created date"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Time user first streamed"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Time user first downloaded"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Device id of first play"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Inherited"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Code"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Device type id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Device type name"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Device name"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Updated date"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Is active"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Client id"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Can delete"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Error code"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Error reason"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Device type"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Downloadable"),
    QT_TRANSLATE_NOOP("ff::FieldLabels", "Streamable"),
};

} // namespace

QString FieldLabels::translated(const QString& english)
{
    return QCoreApplication::translate("ff::FieldLabels", english.toUtf8().constData());
}

QStringList FieldLabels::all()
{
    QStringList names;
    for (const char* name : Names)
        names.append(QString::fromUtf8(name));
    return names;
}

} // namespace ff
