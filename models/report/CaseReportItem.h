// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/InvestigationContext.h"
#include "models/RefundSentences.h"
#include "models/report/CaseReport.h"

namespace ff {

// One investigated item as the case report shows it: a line for every item, and for one
// reported in full its signals with their evidence, its time line (drawn and as a table of the
// API's fields and raw values), what is not known and the conflicts.
class CaseReportItem final
{
    Q_DECLARE_TR_FUNCTIONS(ff::CaseReportItem)

public:
    CaseReportItem(const InvestigationContext& context, const QLocale& locale, const QString& currency);

    CaseReport::Item of(const ItemInvestigation& item, bool inFull) const;

private:
    // sentences: the item's, one per raised signal, as of() made them.
    CaseReport::Detail detailOf(const ItemInvestigation& item, const QStringList& sentences) const;
    QList<CaseReport::TimelineRow> timelineRows(const ItemInvestigation& item) const;

    InvestigationContext m_context;
    QLocale m_locale;
    QString m_currency;
    RefundSentences m_sentences;
};

} // namespace ff
