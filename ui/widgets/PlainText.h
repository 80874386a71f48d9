// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::ui {

// Names and texts from a server or typed by an agent (a customer, a profile, an affiliate),
// readied for the places where Qt would read something into them: a tab, a button or a menu
// takes "&" to underline the next letter and make it a shortcut, and a window title drops
// "[*]". Tooltips and labels have their own rule: DisplayFormat::toolTip, Qt::PlainText.
class PlainText final
{
public:
    // For a tab's, a button's or a menu entry's text: every "&" shows as itself.
    static QString forMnemonicText(const QString& text);
    // For a window title: "[*]" shows as itself.
    static QString forWindowTitle(const QString& text);
};

} // namespace ff::ui
