// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgentLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ff {

QString AgentLanguage::settingKey()
{
    return QStringLiteral("window/language");
}

QStringList AgentLanguage::available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("pl") };
}

QString AgentLanguage::nativeName(const QString& language)
{
    // QLocale::nativeLanguageName() says "British English" or "polski": the menu shows each
    // language as its speakers name it at the start of a sentence.
    const QString name = QLocale(language).nativeLanguageName();
    if (language == QStringLiteral("en"))
        return QStringLiteral("English");
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString AgentLanguage::chosen(const QSettings& settings)
{
    const QString language = settings.value(settingKey()).toString();
    return available().contains(language) ? language : QString();
}

QLocale AgentLanguage::localeFor(const QString& language, const QLocale& system)
{
    if (language.isEmpty() || QLocale(language).language() == system.language())
        return system;
    // British English for English: the console's own spelling ("licence") is British.
    if (language == QStringLiteral("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(language);
}

bool AgentLanguage::apply(const QLocale& locale, QObject* owner)
{
    QLocale::setDefault(locale);
    // Qt's own strings (the buttons of standard dialogs, QCommandLineParser's --help) first, so
    // that the console's catalogue, installed last, is searched first.
    auto* qtTranslations = new QTranslator(owner);
    if (qtTranslations->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslations);
    else
        delete qtTranslations;
    // A language the console is not translated into (and the C locale) reads English, whose
    // catalogue holds its plural forms ("1 item", "2 items").
    auto* translations = new QTranslator(owner);
    const bool translated = translations->load(
        locale, QStringLiteral("ffconsole"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (translated || translations->load(QStringLiteral(":/i18n/ffconsole_en")))
        QCoreApplication::installTranslator(translations);
    else
        delete translations;
    return translated || locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace ff
