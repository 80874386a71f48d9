// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/dto/MediaAsset.h"
#include "api/dto/MediaItem.h"
#include "sandbox/Affiliate.h"
#include "sandbox/CatalogueTitle.h"

#include <QHash>
#include <QList>

namespace ff::sandbox {

// The fictional catalogue: about forty titles (data/titles.json) with their cast, synopsis,
// artwork, external ids, renditions and, per affiliate, offers priced in the affiliate's
// currency. The text is fixed; ids and keys derive from stable hashes of the supplier refs, so
// they never change between runs.
class Catalogue final
{
public:
    enum class OfferKind { Rental = 1, Purchase = 2 };

    static const QStringList& bbfcRatings();

    Catalogue();

    const QList<CatalogueTitle>& titles() const { return m_titles; }
    // The films anyone may buy: all but the refund showcase's.
    QList<const CatalogueTitle*> films() const;
    // Supplier refs are matched case-insensitively, as the platform's database collation does.
    const CatalogueTitle* find(QStringView supplierRef) const;

    qint64 offerId(const CatalogueTitle& title, const Affiliate& affiliate, OfferKind kind) const;
    Decimal price(const CatalogueTitle& title, const Affiliate& affiliate, OfferKind kind) const;
    QString certificate(const CatalogueTitle& title, const Affiliate& affiliate) const;
    // The devices an item plays on, as the purchase order item's SupportedDevices text.
    static QString supportedDevicesText(OfferKind kind);

    MediaItem mediaItem(const CatalogueTitle& title, const Affiliate& affiliate) const;
    QList<MediaAsset> mediaAssets(const CatalogueTitle& title) const;

private:
    QList<CatalogueTitle> m_titles;
    QHash<QString, qsizetype> m_byRef; // case-folded supplier ref -> index
};

} // namespace ff::sandbox
