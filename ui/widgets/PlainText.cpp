// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PlainText.h"

namespace ff::ui {

QString PlainText::forMnemonicText(const QString& text)
{
    QString shown = text;
    return shown.replace(u'&', QLatin1String("&&"));
}

QString PlainText::forWindowTitle(const QString& text)
{
    // Qt shows "[*][*]" as "[*]" and drops a lone "[*]" (the modified marker).
    QString shown = text;
    return shown.replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
}

} // namespace ff::ui
