// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/profile/ProfileStore.h"
#include "models/AgentLanguage.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/main/MainWindow.h"
#include "ui/report/CaseReportDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/writes/AckLicenceDialog.h"
#include "ui/writes/AddItemDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

namespace {

// The letter after a single & (the Alt key of a menu entry or button), lower-case; none: "".
QString accessKeyOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QString();
}

// "File: &Find customer and &Fetch share F" for each pair of visible entries of a menu (or the
// menu bar) that share an access key.
QStringList clashesIn(const QString& where, const QList<QAction*>& actions)
{
    QStringList clashes;
    QHash<QString, QString> seen;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = accessKeyOf(action->text());
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            clashes.append(QStringLiteral("%1: “%2” and “%3” share %4")
                               .arg(where, seen.value(key), action->text(), key));
        seen.insert(key, action->text());
    }
    return clashes;
}

void collectMenuClashes(QMenu* menu, const QString& path, QStringList* clashes, QStringList* texts)
{
    clashes->append(clashesIn(path, menu->actions()));
    for (QAction* action : menu->actions()) {
        texts->append(action->text());
        if (QMenu* sub = action->menu())
            collectMenuClashes(sub, path + QStringLiteral(" ▸ ") + sub->title(), clashes, texts);
    }
}

// Labels and buttons the layout gives less room than their text needs: cut off.
QStringList cutOffIn(const QWidget* top)
{
    QStringList cut;
    for (const QLabel* label : top->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->sizeHint().width())
            cut.append(QStringLiteral("label “%1”: %2 px of %3")
                           .arg(label->text())
                           .arg(label->width())
                           .arg(label->sizeHint().width()));
    }
    for (const QAbstractButton* button : top->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            cut.append(QStringLiteral("button “%1”: %2 px of %3")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width()));
    }
    // A spin box's words where it has no value ("any date"): its line edit, less the margins
    // QLineEdit keeps around its text and cursor, must hold them.
    for (const QAbstractSpinBox* box : top->findChildren<QAbstractSpinBox*>()) {
        const auto* edit = box->findChild<QLineEdit*>();
        if (!box->isVisible() || box->specialValueText().isEmpty() || !edit)
            continue;
        const int room = edit->width() - 6;
        const int needed = box->fontMetrics().horizontalAdvance(box->specialValueText());
        if (room < needed)
            cut.append(
                QStringLiteral("field “%1”: %2 px of %3").arg(box->specialValueText()).arg(room).arg(needed));
    }
    return cut;
}

} // namespace

// The window in each language the console speaks, as an agent whose system speaks it sees it:
// every menu in that language with Alt keys that do not clash, English plurals that say
// "1 order", Qt's own buttons translated too, and nothing cut off on a 1280-px laptop screen.
class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    std::unique_ptr<QObject> m_translators;
    QStringList m_englishMenuTexts;

    void useLanguage(const QString& language)
    {
        m_translators = std::make_unique<QObject>();
        QVERIFY2(AgentLanguage::apply(AgentLanguage::localeFor(language), m_translators.get()),
            qPrintable(QStringLiteral("no catalogue for %1").arg(language)));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Test sandbox"))));
    }

    QStringList menuClashes(QStringList* texts) const
    {
        QStringList clashes = clashesIn(QStringLiteral("menu bar"), m_fx.window()->menuBar()->actions());
        for (QAction* action : m_fx.window()->menuBar()->actions())
            if (QMenu* menu = action->menu())
                collectMenuClashes(menu, menu->title(), &clashes, texts);
        return clashes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        // The English window's menus, to tell a translated entry from one left in English.
        useLanguage(QStringLiteral("en"));
        menuClashes(&m_englishMenuTexts);
        m_fx.closeWindow();
    }

    void cleanup()
    {
        m_fx.closeWindow();
        m_translators.reset();
        QLocale::setDefault(QLocale::c());
    }

    void theMenusSpeakTheLanguageWithAltKeysThatDoNotClash_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : AgentLanguage::available())
            QTest::newRow(qPrintable(language)) << language;
    }

    void theMenusSpeakTheLanguageWithAltKeysThatDoNotClash()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QStringList texts;
        const QStringList clashes = menuClashes(&texts);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QCOMPARE(texts.size(), m_englishMenuTexts.size());
        if (language == QStringLiteral("en"))
            return;
        // Every entry is in the language, but for names that are the same in it (the
        // profiles' own names, "Sandbox" in German) and the languages, each named in its own.
        QStringList languageNames;
        for (const QString& each : AgentLanguage::available())
            languageNames.append(AgentLanguage::nativeName(each));
        int same = 0;
        for (qsizetype i = 0; i < texts.size(); ++i)
            same += texts.at(i) == m_englishMenuTexts.at(i) && !texts.at(i).isEmpty()
                    && !languageNames.contains(texts.at(i))
                ? 1
                : 0;
        QVERIFY2(same <= texts.size() / 10,
            qPrintable(QStringLiteral("%1 of %2 menu entries are in English").arg(same).arg(texts.size())));
    }

    void countsReadAsWordsNotWithAnEnglishPluralMarker_data()
    {
        theMenusSpeakTheLanguageWithAltKeysThatDoNotClash_data();
    }

    void countsReadAsWordsNotWithAnEnglishPluralMarker()
    {
        QFETCH(QString, language);
        useLanguage(language);
        CustomerTab* tab = m_fx.openCustomer(QStringLiteral("refund.showcase"));
        QVERIFY(tab);
        QLabel* summary = tab->findChild<QLabel*>(QStringLiteral("customerSummary"));
        QVERIFY(summary);
        QTRY_VERIFY(!summary->text().isEmpty());
        const QString shown = summary->text() + QLatin1Char('\n')
            + tab->findChild<QLabel*>(QStringLiteral("refundCandidates"))->text();
        QVERIFY2(!shown.contains(QStringLiteral("(s)")), qPrintable(shown));
        if (language == QStringLiteral("en"))
            QVERIFY2(shown.contains(QStringLiteral(" orders")) || shown.contains(QStringLiteral("1 order")),
                qPrintable(shown));
    }

    void theWindowAndItsDialogsFitALaptopScreenWithNothingCutOff_data()
    {
        theMenusSpeakTheLanguageWithAltKeysThatDoNotClash_data();
    }

    void theWindowAndItsDialogsFitALaptopScreenWithNothingCutOff()
    {
        QFETCH(QString, language);
        useLanguage(language);
        CustomerTab* tab = m_fx.openCustomer(QStringLiteral("refund.showcase"));
        QVERIFY(tab);
        WindowFixture::selectFirstItem(tab);
        QTRY_VERIFY(tab->findChild<QLabel*>(QStringLiteral("refundCandidates"))->isVisible());
        QVERIFY2(m_fx.window()->minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(m_fx.window()->minimumSizeHint().width())));
        m_fx.window()->resize(1280, 800);
        QTRY_COMPARE(m_fx.window()->width(), 1280);
        QStringList cut = cutOffIn(m_fx.window());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        // The header's reasons for the candidates once ran to 830 px on one line, and the window
        // could not be narrower than 1541 px: on a 1440-px screen the last buttons were off its
        // edge.
        for (const char* name : { "ackLicenceButton", "caseReportButton" }) {
            QWidget* button = tab->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY(button);
            const QPoint right = button->mapTo(m_fx.window(), QPoint(button->width(), 0));
            QVERIFY2(right.x() <= m_fx.window()->width(), name);
        }

        // The licence dialog, on the selected item.
        QTest::keyClick(m_fx.window(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* ack = tab->findChild<AckLicenceDialog*>();
        QVERIFY(ack && ack->isVisible());
        QVERIFY2(ack->minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(ack->minimumSizeHint().width())));
        cut = cutOffIn(ack);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        ack->reject();

        // The case report dialog; its standard buttons are Qt's own words.
        QTest::keyClick(m_fx.window(), Qt::Key_P, Qt::ControlModifier);
        auto* report = m_fx.window()->findChild<CaseReportDialog*>();
        QVERIFY(report && report->isVisible());
        QVERIFY2(report->minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(report->minimumSizeHint().width())));
        cut = cutOffIn(report);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        const QPushButton* cancel = report->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel);
        const QString qtCancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QCOMPARE(cancel->text().remove(QLatin1Char('&')), QString(qtCancel).remove(QLatin1Char('&')));
        if (language != QStringLiteral("en"))
            QVERIFY2(qtCancel != QStringLiteral("Cancel"), "Qt's own catalogue (qtbase) is not loaded");
        report->reject();

        // Add an item, on the selected order.
        WindowFixture::selectFirstOrder(tab);
        QTest::keyClick(m_fx.window(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* add = tab->findChild<AddItemDialog*>();
        QVERIFY(add && add->isVisible());
        QVERIFY2(add->minimumSizeHint().width() <= 1280,
            qPrintable(QString::number(add->minimumSizeHint().width())));
        cut = cutOffIn(add);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        add->reject();
    }

    // View ▸ Language, as an agent whose system speaks English but who reads German: the choice
    // is saved, the window says when it takes effect, and the next start is in German, money
    // typed as Germans type it included.
    void aLanguageChosenInTheMenuIsTheNextStartsLanguage()
    {
        useLanguage(QStringLiteral("en"));
        QAction* german = nullptr;
        for (QAction* action : m_fx.window()->findChildren<QAction*>())
            german = action->text() == QStringLiteral("Deutsch") ? action : german;
        QVERIFY(german);
        german->trigger();
        QVERIFY(german->isChecked());
        QVERIFY2(m_fx.window()->messages()->text().contains(QStringLiteral("Deutsch")),
            qPrintable(m_fx.window()->messages()->text()));
        QVERIFY2(m_fx.window()->menuBar()->actions().first()->text() == QStringLiteral("&File"),
            "the window changes language at the next start, not under the agent's hands");
        m_fx.closeWindow();
        m_translators.reset();

        // The next start, as app/console/main.cpp makes it.
        const auto settings = ProfileStore::openSettings();
        QCOMPARE(AgentLanguage::chosen(*settings), QStringLiteral("de"));
        m_translators = std::make_unique<QObject>();
        QVERIFY(AgentLanguage::apply(
            AgentLanguage::localeFor(AgentLanguage::chosen(*settings), QLocale(QStringLiteral("en_GB"))),
            m_translators.get()));
        QVERIFY(m_fx.openWindow(m_fx.profile(QStringLiteral("Test sandbox"))));
        QCOMPARE(m_fx.window()->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        CustomerTab* tab = m_fx.openCustomer(QStringLiteral("refund.showcase"));
        QVERIFY(tab);
        WindowFixture::selectFirstOrder(tab);
        QTest::keyClick(m_fx.window(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto* add = tab->findChild<AddItemDialog*>();
        QVERIFY(add && add->isVisible());
        // The price field shows an example in the agent's format: a decimal comma.
        bool commaExample = false;
        for (const QLineEdit* edit : add->findChildren<QLineEdit*>())
            commaExample = commaExample
                || QRegularExpression(QStringLiteral("^\\d+,\\d\\d$"))
                       .match(edit->placeholderText())
                       .hasMatch();
        QVERIFY(commaExample);
        add->reject();
        settings->remove(AgentLanguage::settingKey());
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
