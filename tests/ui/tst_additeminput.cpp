// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DisplayFormat.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/writes/AddItemDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace ff;
using namespace ff::ui;
using ff::test::WindowFixture;

// What an agent types into the add-item form, read by the rules of their own locale, against a
// real sandbox: "3,99" under de_DE is 3.99 on the server, "3.99" there is refused with the form
// the locale expects, never sent as 399.
class TestAddItemInput : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    QLocale m_systemLocale;
    CustomerTab* m_tab = nullptr;

    // The add-item form on zoë's first order, in the window, under locale.
    AddItemDialog* openForm(const QString& locale)
    {
        QLocale::setDefault(QLocale(locale));
        if (!m_fx.openWindow(m_fx.profile(QStringLiteral("Input sandbox"))))
            return nullptr;
        m_tab = m_fx.openCustomer();
        if (!m_tab)
            return nullptr;
        WindowFixture::selectFirstOrder(m_tab);
        m_tab->openAddItem();
        auto* dialog = m_tab->findChild<AddItemDialog*>();
        if (!dialog)
            return nullptr;
        QTest::keyClicks(dialog->offerEdit(), QStringLiteral("4211"));
        QTest::keyClicks(dialog->supplierRefEdit(), QStringLiteral("FFX-LOCALE"));
        return dialog;
    }

    static QString problems(AddItemDialog* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("formProblems"))->text();
    }

    static QSpinBox* spinBox(AddItemDialog* dialog, const QString& accessibleName)
    {
        for (QSpinBox* box : dialog->findChildren<QSpinBox*>()) {
            if (box->accessibleName() == accessibleName)
                return box;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString())); }

    void init()
    {
        m_fx.sandbox().clearFaults();
        m_fx.sandbox().clearRequests();
    }

    void cleanup()
    {
        m_tab = nullptr;
        m_fx.closeWindow();
        QLocale::setDefault(m_systemLocale);
    }

    void aPriceIsReadByTheAgentsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent"); // empty: refused, nothing can be sent
        QTest::addColumn<QString>("said"); // what the form says when it refuses

        QTest::newRow("de_DE 3,99") << "de_DE"
                                    << "3,99"
                                    << "3.99"
                                    << "";
        QTest::newRow("de_DE 3.99 is not 399") << "de_DE"
                                               << "3.99"
                                               << ""
                                               << "write 3,99";
        QTest::newRow("de_DE 1.234,5") << "de_DE"
                                       << "1.234,5"
                                       << "1234.50"
                                       << "";
        QTest::newRow("de_DE -3,99") << "de_DE"
                                     << "-3,99"
                                     << ""
                                     << "without a sign";
        QTest::newRow("en_GB 3,99 is not 399") << "en_GB"
                                               << "3,99"
                                               << ""
                                               << "write 3.99";
        QTest::newRow("en_GB 1,234.50") << "en_GB"
                                        << "1,234.50"
                                        << "1234.50"
                                        << "";
        QTest::newRow("en_GB 3.999") << "en_GB"
                                     << "3.999"
                                     << ""
                                     << "at most 2 decimal places";
        QTest::newRow("fr_FR 1 234,50 with a plain space") << "fr_FR"
                                                           << "1 234,50"
                                                           << "1234.50"
                                                           << "";
        QTest::newRow("fr_FR 3.99") << "fr_FR"
                                    << "3.99"
                                    << ""
                                    << "write 3,99";
        QTest::newRow("pl_PL 12 345,6") << "pl_PL"
                                        << "12 345,6"
                                        << "12345.60"
                                        << "";
    }
    void aPriceIsReadByTheAgentsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(QString, said);
        AddItemDialog* dialog = openForm(locale);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->priceEdit(), typed);
        if (sent.isEmpty()) {
            QVERIFY2(!dialog->nextButton()->isEnabled(), "a price misread is never offered for sending");
            QVERIFY2(problems(dialog).contains(said), qPrintable(problems(dialog)));
            dialog->goToConfirmation();
            QCOMPARE(dialog->step(), WriteDialog::Step::Form);
            return;
        }
        QVERIFY2(dialog->nextButton()->isEnabled(), qPrintable(problems(dialog)));
        QCOMPARE(dialog->item().unitPrice->toString(), sent);
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), WriteDialog::Step::Confirm);
        // The confirmation shows the amount as understood, with its currency, as the locale writes it.
        const QString summary = dialog->findChild<QLabel*>(QStringLiteral("writeSummary"))->text();
        const QString shown = DisplayFormat(QLocale(locale), QTimeZone::utc())
                                  .money(Decimal::fromString(QStringView(sent)), QStringLiteral("GBP"));
        QVERIFY2(summary.contains(shown), qPrintable(summary + QStringLiteral(" lacks ") + shown));
        const QString preview
            = dialog->findChild<QPlainTextEdit*>(QStringLiteral("requestPreview"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("\"UnitPrice\": %1,").arg(sent)), qPrintable(preview));
    }

    void germanAmountsShowAsGermanOnes()
    {
        AddItemDialog* dialog = openForm(QStringLiteral("de_DE"));
        QVERIFY(dialog);
        QCOMPARE(dialog->priceEdit()->placeholderText(), QStringLiteral("3,99"));
        QTest::keyClicks(dialog->priceEdit(), QStringLiteral("1.234,5"));
        dialog->goToConfirmation();
        QCOMPARE(dialog->step(), WriteDialog::Step::Confirm);
        const QString summary = dialog->findChild<QLabel*>(QStringLiteral("writeSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1.234,50\u00a0GBP")), qPrintable(summary));
    }

    void theServerGetsThePriceAsTyped()
    {
        AddItemDialog* dialog = openForm(QStringLiteral("de_DE"));
        QVERIFY(dialog);
        QTest::keyClicks(dialog->priceEdit(), QStringLiteral("3,99"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->ticketEdit(), QStringLiteral("CS-4711"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Price typed the German way"));
        QSignalSpy added(dialog, &AddItemDialog::itemAdded);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(added.wait(15'000));
        QCOMPARE(m_fx.countRequests(QStringLiteral("PUT")), 1);
        // What the server stored, as it answered.
        const auto order = added.first().at(0).value<PurchaseOrder>();
        const qint64 itemId = added.first().at(1).toLongLong();
        bool found = false;
        for (const PurchaseOrderItem& item :
            order.purchaseOrderItemDtos.value_or(QList<PurchaseOrderItem>())) {
            if (item.id == itemId) {
                found = true;
                QCOMPARE(item.unitPrice->toString(), QStringLiteral("3.99"));
                QCOMPARE(item.supplierRef, QStringLiteral("FFX-LOCALE"));
            }
        }
        QVERIFY(found);
    }

    void wholeNumbersShowWhatIsSent_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::newRow("de_DE 1.5 hours") << "de_DE"
                                         << "1.5";
        QTest::newRow("de_DE 1,5 hours") << "de_DE"
                                         << "1,5";
        QTest::newRow("en_GB 1,5 hours") << "en_GB"
                                         << "1,5";
        QTest::newRow("en_GB 1.5 hours") << "en_GB"
                                         << "1.5";
    }
    void wholeNumbersShowWhatIsSent()
    {
        // A spin box takes a group separator anywhere and drops it: under de_DE "1.5" hours
        // showed as 1.5 and went out as 15. What the box shows is what is sent.
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        AddItemDialog* dialog = openForm(locale);
        QVERIFY(dialog);
        for (const QString& name : { QStringLiteral("Rental time in days"),
                 QStringLiteral("View time in hours"), QStringLiteral("Duration in minutes") }) {
            QSpinBox* box = spinBox(dialog, name);
            QVERIFY2(box, qPrintable(name));
            box->selectAll();
            QTest::keyClicks(box, typed);
            QCOMPARE(box->cleanText(), QLocale(locale).toString(box->value()));
        }
    }
};

QTEST_MAIN(TestAddItemInput)
#include "tst_additeminput.moc"
