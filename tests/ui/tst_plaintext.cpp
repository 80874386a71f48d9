// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/codec/JsonWriter.h"
#include "api/profile/ProfileStore.h"
#include "models/AccountPurchasesModel.h"
#include "models/OrderFilterProxyModel.h"
#include "models/PurchaseOrderModel.h"
#include "tests/support/MarkupData.h"
#include "tests/support/RichTextCheck.h"
#include "tests/support/WindowFixture.h"
#include "ui/customer/CustomerTab.h"
#include "ui/customer/EntitlementPane.h"
#include "ui/main/MainWindow.h"
#include "ui/profiles/CertificateDialog.h"
#include "ui/purchases/AccountPurchasesTab.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QWindow>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace ff;
using namespace ff::ui;
using ff::test::MarkupData;
using ff::test::RichTextCheck;
using ff::test::WindowFixture;

namespace {

// What the agent types or names: a customer, a profile and an affiliate that look like markup,
// an ampersand that would underline the next letter, and "[*]", which a window title would drop.
const QString Username = QStringLiteral("<img src=\"/dev/zero\"> & co");
const QString ProfileName = QStringLiteral("<b>Prod</b> R&D [*]");
const QString AffiliateName = QStringLiteral("<i>FilmFlex</i> & UK");
const QString ErrorText = QStringLiteral("<img src=\"/dev/random\">Gateway said no");

// A text as a button, a tab or a menu shows it: "&&" is an ampersand, "&x" underlines x.
QString withMnemonicsShown(const QString& text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i;
        shown += text[i];
    }
    return shown;
}

// A named pipe that notes whether anyone opened it to read: a label that took <img src=PIPE>
// for markup would (it is answered at once, so that such a read does not hang the test).
class PipeWatch final
{
public:
    explicit PipeWatch(const QString& path)
        : m_path(path.toLocal8Bit())
    {
        m_made = ::mkfifo(m_path.constData(), 0600) == 0;
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    m_opened = true;
                    [[maybe_unused]] const ssize_t written = ::write(fd, "x", 1);
                    ::close(fd);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    ~PipeWatch()
    {
        m_stop = true;
        m_thread.join();
        ::unlink(m_path.constData());
    }
    PipeWatch(const PipeWatch&) = delete;
    PipeWatch& operator=(const PipeWatch&) = delete;

    bool made() const { return m_made; }
    bool opened() const { return m_opened; }

private:
    QByteArray m_path;
    bool m_made = false;
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_opened = false;
    std::thread m_thread;
};

} // namespace

// Text from the server or typed by the agent is never markup, anywhere in the window: every
// tooltip, label, tab, title, menu, message and view, after a customer, an entitlement, an
// account's purchases, an error and the audit log have all been loaded with values that look
// like markup.
class TestPlainTextWindow : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;
    const RichTextCheck m_check { MarkupData::planted()
        + QStringList { Username, ProfileName, AffiliateName, ErrorText } };

    // The next request whose path holds path is answered with this status and body.
    void serve(const QString& path, const QByteArray& body, int status = 200)
    {
        m_fx.sandbox().addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), status }, { QStringLiteral("pathContains"), path },
            { QStringLiteral("contentType"), QStringLiteral("application/json; charset=utf-8") },
            { QStringLiteral("body"), QString::fromUtf8(body) } } });
    }

    // Every text of every widget that Qt would take for markup, with what is wrong with it.
    QStringList windowProblems() const
    {
        QStringList problems;
        auto note = [&](const QWidget* widget, const QString& what, const QString& found) {
            if (!found.isEmpty())
                problems.append(QStringLiteral("%1 (%2) %3: %4")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName(), what, found));
        };
        for (const QWidget* widget : QApplication::allWidgets()) {
            note(widget, QStringLiteral("tooltip"), m_check.toolTipProblem(widget->toolTip()));
            note(widget, QStringLiteral("what's this"), m_check.toolTipProblem(widget->whatsThis()));
            for (const QAction* action : widget->actions())
                note(widget, QStringLiteral("action tooltip"), m_check.toolTipProblem(action->toolTip()));
            // A window's title as the window system shows it ("[*]" is Qt's modified marker).
            for (const QString& value : m_check.planted()) {
                if (widget->isWindow() && widget->windowHandle() && widget->windowTitle().contains(value)
                    && !widget->windowHandle()->title().contains(value))
                    note(widget, QStringLiteral("window title"), widget->windowHandle()->title());
            }
            if (const auto* label = qobject_cast<const QLabel*>(widget))
                note(widget, QStringLiteral("text"), m_check.problem(label->text(), label->textFormat()));
            if (const auto* box = qobject_cast<const QMessageBox*>(widget)) {
                note(widget, QStringLiteral("message"), m_check.problem(box->text(), box->textFormat()));
                note(widget, QStringLiteral("informative text"),
                    m_check.problem(box->informativeText(), box->textFormat()));
            }
            if (const auto* bar = qobject_cast<const QTabBar*>(widget)) {
                for (int tab = 0; tab < bar->count(); ++tab)
                    note(widget, QStringLiteral("tab tooltip"), m_check.toolTipProblem(bar->tabToolTip(tab)));
            }
            if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
                for (const QString& found : m_check.modelProblems(*view->model(), widget->objectName()))
                    note(widget, QStringLiteral("model"), found);
            }
        }
        return problems;
    }

    // Opens the audit log dialog as the agent does, from the File menu.
    QDialog* openAuditLog() const
    {
        for (QAction* action : m_fx.window()->findChildren<QAction*>()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+L"))) {
                action->trigger();
                return m_fx.window()->findChild<QDialog*>(QStringLiteral("auditLogDialog"));
            }
        }
        return nullptr;
    }

    // The customer tab's index in the window's tabs.
    int tabOf(QWidget* tab) const { return m_fx.window()->tabs()->indexOf(tab); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.errorString()));
        ConnectionProfile profile = m_fx.profile(ProfileName);
        profile.affiliates.first().name = AffiliateName;
        ProfileStore(*ProfileStore::openSettings()).save({ profile }); // listed in the profile menu
        QVERIFY(m_fx.openWindow(profile));
        QTRY_VERIFY(m_fx.window()->windowTitle().contains(QStringLiteral("Prod")));
    }

    void init() { m_fx.sandbox().clearFaults(); }

    void everyTextInTheWindowShowsMarkupAsCharacters()
    {
        AuditEntry entry;
        entry.profile = ProfileName;
        entry.endpoint = QStringLiteral("add-item");
        entry.ticket = MarkupData::Image;
        entry.reason = MarkupData::Link;
        entry.source = QStringLiteral("console");
        QVERIFY(m_fx.audit().recordAttempt(entry));

        const QUuid customerId = QUuid::createUuidV5(QUuid(), QStringLiteral("markup"));
        serve(QStringLiteral("PurchaseOrders"), JsonWriter::toJson(MarkupData::orders(customerId)));
        CustomerTab* tab = m_fx.openCustomer(Username);
        QVERIFY(tab);
        QCOMPARE(tab->model()->rowCount(), 2);

        serve(QStringLiteral("Entitlement"), JsonWriter::toJson(MarkupData::entitlement()));
        QSignalSpy entitlementLoaded(tab->entitlement(), &EntitlementPane::loaded);
        WindowFixture::selectFirstItem(tab);
        QVERIFY(entitlementLoaded.wait(15'000));

        serve(QStringLiteral("purchases"), JsonWriter::toJson(MarkupData::purchases()));
        tab->openAccountPurchases();
        auto* purchases = qobject_cast<AccountPurchasesTab*>(m_fx.window()->tabs()->currentWidget());
        QVERIFY(purchases);
        QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 15'000);
        QCOMPARE(purchases->model()->rowCount(), 2);

        // A server's error text, in another customer's tab.
        serve(QStringLiteral("PurchaseOrders"), ErrorText.toUtf8(), 502);
        CustomerTab* failed = m_fx.openCustomer(QStringLiteral("<b>nobody</b>"));
        QVERIFY(failed);
        QTRY_VERIFY(failed->messages()->isVisible());

        // The write dialogs on the item and its order, the profiles and the audit log.
        m_fx.window()->tabs()->setCurrentWidget(tab);
        tab->openAcknowledgeLicence();
        WindowFixture::selectFirstOrder(tab);
        tab->openAddItem();
        QCOMPARE(tab->findChildren<QDialog*>().size(), 2);
        QDialog* audit = openAuditLog();
        QVERIFY(audit);
        for (QAction* action : m_fx.window()->findChildren<QAction*>()) {
            if (action->text().startsWith(QStringLiteral("Manage profiles")))
                action->trigger();
        }
        QVERIFY(m_fx.window()->findChild<QDialog*>(QStringLiteral("profilesDialog")));

        const QStringList problems = windowProblems();
        for (const QString& problem : problems)
            qWarning("%s", qPrintable(problem)); // all of them: a failure's message is cut short
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (QDialog* dialog : m_fx.window()->findChildren<QDialog*>())
            dialog->close();
    }

    void namesShowLetterForLetterInTabsTitlesAndMenus()
    {
        serve(QStringLiteral("PurchaseOrders"),
            JsonWriter::toJson(MarkupData::orders(QUuid::createUuidV5(QUuid(), Username))));
        CustomerTab* tab = m_fx.openCustomer(Username);
        QVERIFY(tab);
        const QTabWidget* tabs = m_fx.window()->tabs();
        const int index = tabOf(tab);
        QCOMPARE(
            withMnemonicsShown(tabs->tabText(index)), QStringLiteral("%1 (%2)").arg(Username, AffiliateName));
        QCOMPARE(RichTextCheck::shownToolTip(tabs->tabToolTip(index)), tab->customerLabel());
        QVERIFY(tab->customerLabel().startsWith(Username));

        // Their account's purchases, in a tab named after them.
        serve(QStringLiteral("purchases"), JsonWriter::toJson(MarkupData::purchases()));
        tab->openAccountPurchases();
        auto* purchases = qobject_cast<AccountPurchasesTab*>(tabs->currentWidget());
        QVERIFY(purchases);
        QVERIFY2(withMnemonicsShown(tabs->tabText(tabOf(purchases))).endsWith(Username),
            qPrintable(tabs->tabText(tabOf(purchases))));
        QTRY_VERIFY_WITH_TIMEOUT(!purchases->isLoading(), 15'000);

        // The title the window system shows, "[*]" and all.
        QVERIFY2(m_fx.window()->windowHandle()->title().endsWith(ProfileName),
            qPrintable(m_fx.window()->windowHandle()->title()));

        // The profile button and its menu.
        auto* indicator = m_fx.window()->findChild<QToolButton*>(QStringLiteral("profileIndicator"));
        QVERIFY(indicator);
        QVERIFY2(withMnemonicsShown(indicator->text()).contains(ProfileName), qPrintable(indicator->text()));
        QVERIFY2(RichTextCheck::shownToolTip(indicator->toolTip()).contains(ProfileName),
            qPrintable(indicator->toolTip()));
        bool listed = false;
        for (const QAction* action : indicator->findChildren<QAction*>())
            listed = listed || withMnemonicsShown(action->text()).contains(ProfileName);
        QVERIFY(listed);
    }

    void theCertificateDialogNamesTheProfileLetterForLetter()
    {
        CertificateProblem problem;
        problem.host = QStringLiteral("test.internal");
        problem.port = 8443;
        problem.details = { QStringLiteral(
            "The issuer certificate of a locally looked up certificate could not be found") };
        problem.fingerprints = { QStringLiteral("ab").repeated(32) };
        problem.trustable = true;
        CertificateDialog dialog(ProfileName, problem);
        auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustCertificate"));
        QVERIFY(trust);
        QVERIFY2(withMnemonicsShown(trust->text()).contains(ProfileName), qPrintable(trust->text()));
        // The "&" of the profile's name is shown, never made a shortcut.
        QVERIFY2(trust->shortcut().isEmpty(), qPrintable(trust->shortcut().toString()));
        auto* explanation = dialog.findChild<QLabel*>(QStringLiteral("certificateExplanation"));
        QVERIFY(explanation);
        QCOMPARE(explanation->textFormat(), Qt::PlainText);
        QVERIFY(explanation->text().contains(ProfileName));
    }

    void hoveringATitleReadsNoFile()
    {
        // A title and a customer's name that are an image of a named pipe: a tooltip that took
        // one for markup would open the pipe to read it (as it would read /dev/zero for ever).
        const QString pipe = m_fx.path(QStringLiteral("title-image"));
        const QString title = QStringLiteral("<img src=\"%1\">").arg(pipe);
        PurchaseOrder order = MarkupData::orders().first();
        (*order.purchaseOrderItemDtos)[0].title = title;
        serve(QStringLiteral("PurchaseOrders"), JsonWriter::toJson(QList<PurchaseOrder> { order }));
        CustomerTab* tab = m_fx.openCustomer(title);
        QVERIFY(tab);
        QCOMPARE(tab->model()->rowCount(), 1);

        const PipeWatch watch(pipe);
        QVERIFY(watch.made());
        QTreeView* view = tab->view();
        const QModelIndex cell = tab->proxy()->index(0, PurchaseOrderModel::Title);
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &hover);
        QTest::qWait(50);
        QVERIFY2(!watch.opened(), "hovering the title read the file it names");
        QCOMPARE(RichTextCheck::shownToolTip(QToolTip::text()), title);

        // The customer's tab, named after them.
        QTabBar* bar = m_fx.window()->tabs()->tabBar();
        const QPoint tabAt = bar->tabRect(tabOf(tab)).center();
        QHelpEvent tabHover(QEvent::ToolTip, tabAt, bar->mapToGlobal(tabAt));
        QApplication::sendEvent(bar, &tabHover);
        QTest::qWait(50);
        QVERIFY2(!watch.opened(), "hovering the customer's tab read the file their name names");
        QCOMPARE(RichTextCheck::shownToolTip(QToolTip::text()), tab->customerLabel());
        QVERIFY(tab->customerLabel().startsWith(title));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestPlainTextWindow)
#include "tst_plaintext.moc"
