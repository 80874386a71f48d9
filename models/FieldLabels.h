// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ff {

// The Details pane's and the add-item form's names for the API's fields, in the agent's
// language. FieldRows::labelFor makes the English name from the API's ("PurchaseOrderId" ->
// "Purchase order id"); this looks it up in the catalogue. The names are listed here so that
// lupdate sees them: tst_models_fieldlabels fails when a DTO's field has a name not listed.
class FieldLabels final
{
public:
    // The translation of an English name labelFor made; the name itself when it has none.
    static QString translated(const QString& english);
    // Every English name listed.
    static QStringList all();
};

} // namespace ff
