// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgentLanguage.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ff;

// Which language and locale an agent gets: the system's, unless the settings choose another.
class TestAgentLanguage : public QObject
{
    Q_OBJECT

private slots:
    void theChoiceSetsTheLocale_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing chosen: the system's") << QString() << "de_AT"
                                                      << "de_AT";
        // An Austrian who chooses German keeps Austrian formats.
        QTest::newRow("the system's own language") << "de"
                                                   << "de_AT"
                                                   << "de_AT";
        QTest::newRow("another language: its main locale") << "fr"
                                                           << "de_AT"
                                                           << "fr_FR";
        QTest::newRow("Polish on an English system") << "pl"
                                                     << "en_GB"
                                                     << "pl_PL";
        QTest::newRow("English: British, as the console spells") << "en"
                                                                 << "pl_PL"
                                                                 << "en_GB";
    }

    void theChoiceSetsTheLocale()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(AgentLanguage::localeFor(chosen, QLocale(system)).name(), expected);
    }

    void aSettingNamingNoTranslationMeansTheSystemsLanguage()
    {
        QTemporaryDir folder;
        QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(AgentLanguage::chosen(settings), QString());
        settings.setValue(AgentLanguage::settingKey(), QStringLiteral("pl"));
        QCOMPARE(AgentLanguage::chosen(settings), QStringLiteral("pl"));
        settings.setValue(AgentLanguage::settingKey(), QStringLiteral("xx"));
        QCOMPARE(AgentLanguage::chosen(settings), QString());
    }

    void eachLanguageIsNamedInItsOwnWords()
    {
        QCOMPARE(AgentLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(AgentLanguage::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(AgentLanguage::nativeName(QStringLiteral("pl")), QStringLiteral("Polski"));
        QCOMPARE(AgentLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    // English reads "1 order" and "2 orders", not "order(s)", whatever locale has no catalogue.
    void englishAndUntranslatedLocalesGetEnglishPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en_GB") << "en_GB";
        QTest::newRow("C") << "C";
        QTest::newRow("Japanese, not translated") << "ja_JP";
    }

    void englishAndUntranslatedLocalesGetEnglishPluralForms()
    {
        QFETCH(QString, locale);
        {
            QObject translators;
            const bool translated = AgentLanguage::apply(QLocale(locale), &translators);
            QCOMPARE(translated, locale != QStringLiteral("ja_JP"));
            QCOMPARE(QCoreApplication::translate("ff::ui::CustomerHeader", "%n order(s)", nullptr, 1),
                QStringLiteral("1 order"));
            QCOMPARE(QCoreApplication::translate("ff::ui::CustomerHeader", "%n order(s)", nullptr, 2),
                QStringLiteral("2 orders"));
        }
        QLocale::setDefault(QLocale::c());
        // The translators went with their owner.
        QCOMPARE(QCoreApplication::translate("ff::ui::CustomerHeader", "%n order(s)", nullptr, 2),
            QStringLiteral("2 order(s)"));
    }

    void polishCountsTakeTheirThreeForms()
    {
        {
            QObject translators;
            QVERIFY(AgentLanguage::apply(QLocale(QStringLiteral("pl_PL")), &translators));
            QStringList forms;
            for (int n : { 1, 2, 5, 22, 25 })
                forms.append(
                    QCoreApplication::translate("ff::ui::CustomerHeader", "%n order(s)", nullptr, n));
            QCOMPARE(forms.size(), 5);
            QCOMPARE(forms.at(1).section(QLatin1Char(' '), 1),
                forms.at(3).section(QLatin1Char(' '), 1)); // 2 and 22
            QCOMPARE(forms.at(2).section(QLatin1Char(' '), 1),
                forms.at(4).section(QLatin1Char(' '), 1)); // 5 and 25
            QVERIFY(forms.at(0).section(QLatin1Char(' '), 1) != forms.at(1).section(QLatin1Char(' '), 1));
            QVERIFY(forms.at(1).section(QLatin1Char(' '), 1) != forms.at(2).section(QLatin1Char(' '), 1));
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestAgentLanguage)
#include "tst_agentlanguage.moc"
