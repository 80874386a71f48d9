// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QObject;
class QSettings;

namespace ff {

// The language and locale the agent reads the console in. It follows the system (LANG,
// LANGUAGE, LC_ALL) unless the console's settings choose a language; the choice takes effect at
// the next start, when apply() has not yet run. One locale sets everything shown and typed:
// the translations (the console's and Qt's own), and the default QLocale that formats dates,
// numbers and money and reads money an agent types.
class AgentLanguage final
{
public:
    // The setting ("" or absent: the system's language).
    static QString settingKey();
    // The languages the console is translated into, as ISO 639 codes, English first.
    static QStringList available();
    // A language's own name, in that language ("Deutsch", "Polski"), for the menu that
    // chooses it.
    static QString nativeName(const QString& language);
    // The language the settings choose, or "" for the system's (also when they name one the
    // console is not translated into).
    static QString chosen(const QSettings& settings);
    // The locale for a choice: the system's when the choice is "" or the system's own language
    // (so that de_AT keeps Austrian formats), else the language's main locale.
    static QLocale localeFor(const QString& language, const QLocale& system = QLocale::system());
    // Makes locale the default and installs the console's and Qt's translations for it. The
    // translators are owner's children (the application's, in a program): deleting owner takes
    // them out again. Returns false when the console has no translation for locale's language
    // and it is not English: the window then reads English, as it does in the C locale.
    static bool apply(const QLocale& locale, QObject* owner);
};

} // namespace ff
