// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "investigation/ItemInvestigation.h"
#include "models/InvestigationContext.h"
#include "models/RefundSentences.h"

#include <QCoreApplication>

namespace ff {

// The investigation card's lines about an item beside the sentences to read out: where the answer
// comes from (the orders, the item's entitlement, or none on the platform), the instant and the
// policy it is shown under, the conflicts, and how far it played.
class CardLines final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CardLines)

public:
    // item and context are read, not kept: the lines are made at once.
    CardLines(const ItemInvestigation& item, const InvestigationContext& context, const QLocale& locale,
        const QString& currency);

    QString source() const;
    QString basis() const;
    // "Conflicts:" and a bullet each; empty when there are none.
    QString conflicts() const;
    // "Played to 1 h 52 min of 1 h 58 min …", or not known and why: always evidence, whatever the
    // share, whether a signal uses it or not.
    QString played() const;

    static QString bullets(const QStringList& lines);

private:
    QString playedUnknownWhy() const;

    const ItemInvestigation& m_item;
    const InvestigationContext& m_context;
    RefundSentences m_sentences;
};

} // namespace ff
