// SPDX-License-Identifier: GPL-3.0-or-later
// The case report against a real sandbox customer (the refund showcase: an example of every
// state, signal and verdict): the ticket text, the CSV read back by Python's csv module and the
// PDF's text read by pdftotext all hold what the investigation found; a cancelled report leaves
// no file, and a folder that cannot be written gives an error in words.
#include "api/audit/AuditLog.h"
#include "investigation/ItemStateAt.h"
#include "models/DecisionRecords.h"
#include "models/PrivateFile.h"
#include "models/RefundSentences.h"
#include "models/report/CaseReportBuilder.h"
#include "models/report/CaseReportCsv.h"
#include "models/report/CaseReportPdf.h"
#include "models/report/CaseReportText.h"
#include "tests/support/CsvReadBack.h"
#include "tests/support/PdfText.h"
#include "tests/support/ReadOnlyFolder.h"
#include "tests/support/SandboxProcess.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace ff;
using ff::test::SandboxProcess;

namespace {

const QString Showcase = QStringLiteral("refund.showcase");

} // namespace

class TestCaseReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.errorString()));
        const auto customer = m_sandbox.findCustomer(Showcase);
        QVERIFY(customer && customer->affiliateId);
        m_affiliate = *customer->affiliateId;
        m_orders = m_sandbox.purchaseOrders(m_affiliate, Showcase);
        QVERIFY(!m_orders.isEmpty());
        m_at = DateTimeOffset::fromQDateTime(QDateTime::currentDateTimeUtc());
        m_expected = CustomerInvestigation::run(m_orders, RefundPolicy(), m_at);
        m_candidate = std::find_if(m_expected.cbegin(), m_expected.cend(), [](const ItemInvestigation& item) {
            return item.isCandidate();
        })->facts.itemId;
    }

    void theTicketTextSaysEachCandidatesVerdictSentencesAndDecision()
    {
        const CaseReport report = *CaseReportBuilder::build(request(withDecision()));
        const QString text = CaseReportText::of(report);
        const RefundSentences sentences(
            QLocale(QLocale::English, QLocale::UnitedKingdom), QTimeZone::utc(), QStringLiteral("GBP"));
        int candidates = 0;
        for (const ItemInvestigation& item : m_expected) {
            const QString id = QStringLiteral("item %1,").arg(item.facts.itemId);
            if (!item.isCandidate()) {
                QVERIFY2(!text.contains(id), qPrintable(id)); // not a candidate: counted, not listed
                continue;
            }
            ++candidates;
            QVERIFY2(text.contains(id), qPrintable(id));
            QVERIFY(text.contains(displayName(item.verdict)));
            for (const RefundSignal& signal : item.raisedSignals)
                QVERIFY2(text.contains(sentences.sentence(signal, item)),
                    qPrintable(sentences.sentence(signal, item)));
        }
        QVERIFY(candidates > 0);
        QVERIFY(text.contains(QStringLiteral("ticket CS-4711")));
        QVERIFY(text.contains(QStringLiteral("“Customer says it never played”")));
        QVERIFY(text.contains(QStringLiteral("%1 other item").arg(m_expected.size() - size_t(candidates))));
    }

    void theCsvReadsBackToTheSameFacts()
    {
        const CaseReport report = *CaseReportBuilder::build(request(withDecision()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.csv"));
        QVERIFY(PrivateFile::write(path, CaseReportCsv::of(report)));
        const QList<QStringList> rows = test::readCsvWithPython(path);
        QCOMPARE(rows.size(), qsizetype(m_expected.size()) + 1);
        const QStringList head = rows.first();
        const auto column = [&head](const char* name) { return head.indexOf(QString::fromLatin1(name)); };
        for (size_t i = 0; i < m_expected.size(); ++i) {
            const QStringList row = rows[qsizetype(i) + 1];
            const ItemInvestigation& item = m_expected[i];
            QCOMPARE(row.value(column("ItemId")), QString::number(item.facts.itemId));
            QCOMPARE(row.value(column("Verdict")), QString::fromLatin1(identifier(item.verdict)));
            QCOMPARE(row.value(column("State")), QString::fromLatin1(identifier(item.state.state)));
            QCOMPARE(row.value(column("ReportedInFull")),
                item.isCandidate() ? QStringLiteral("true") : QStringLiteral("false"));
            if (item.facts.itemId == m_candidate) {
                QCOMPARE(row.value(column("Decision")), QStringLiteral("refund-granted"));
                QCOMPARE(row.value(column("DecisionTicket")), QStringLiteral("CS-4711"));
            }
        }
    }

    void thePdfsTextHoldsVerdictsSentencesReferencesAndTotals()
    {
        const CaseReport report = *CaseReportBuilder::build(request(withDecision()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.pdf"));
        PrivateFile file(path);
        QCOMPARE(file.open(), std::nullopt);
        QVERIFY(CaseReportPdf::write(report, file.device()));
        QCOMPARE(file.commit(), std::nullopt);
        // Read and written by its owner, nobody else.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        if (qEnvironmentVariableIsSet("FFCONSOLE_KEEP_REPORT"))
            QFile::copy(path, qEnvironmentVariable("FFCONSOLE_KEEP_REPORT"));
        const QString text = test::readPdfText(path);
        for (const CaseReport::Item& item : report.items) {
            QVERIFY2(text.contains(QStringLiteral("item %1").arg(item.itemId)),
                qPrintable(QString::number(item.itemId)));
            if (!item.detail)
                continue;
            QVERIFY(text.contains(item.verdictName.simplified()));
            for (const QString& sentence : item.sentences)
                QVERIFY2(text.contains(sentence.simplified()), qPrintable(sentence));
            if (!item.transactionId.isEmpty())
                QVERIFY2(text.contains(item.transactionId), qPrintable(item.transactionId));
        }
        QVERIFY2(text.contains(report.money.first().totalText.simplified()),
            qPrintable(report.money.first().totalText));
        QVERIFY(text.contains(QStringLiteral("Customer says it never played")));
        QVERIFY(text.contains(QStringLiteral("Evidence against a refund")));
        QVERIFY(text.contains(QStringLiteral("Page 1")));
    }

    void chosenItemsAreReportedAloneAndInFull()
    {
        CaseReportRequest chosen = request({});
        const qint64 other
            = std::find_if(m_expected.cbegin(), m_expected.cend(), [](const ItemInvestigation& item) {
                  return !item.isCandidate();
              })->facts.itemId;
        chosen.itemIds = QSet<qint64> { m_candidate, other };
        const CaseReport report = *CaseReportBuilder::build(chosen);
        QCOMPARE(report.items.size(), 2);
        QCOMPARE(report.inFull, 2);
        QVERIFY(report.items[0].detail && report.items[1].detail);
    }

    void pastTheLimitCandidatesAreOnALineAndTheReportSaysSo()
    {
        CaseReportRequest limited = request({});
        limited.candidatesInFull = 2;
        const qsizetype candidates = std::count_if(m_expected.cbegin(), m_expected.cend(),
            [](const ItemInvestigation& item) { return item.isCandidate(); });
        QVERIFY(candidates > 2);
        const CaseReport report = *CaseReportBuilder::build(limited);
        QCOMPARE(report.inFull, 2);
        QCOMPARE(report.candidatesOnALine, int(candidates) - 2);
        QCOMPARE(report.items.size(), qsizetype(m_expected.size())); // every item is still there
        QVERIFY(CaseReportText::of(report).contains(
            QStringLiteral("%1 more refund candidate").arg(candidates - 2)));
        QTemporaryDir dir;
        QFile pdf(dir.filePath(QStringLiteral("limited.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        QVERIFY(CaseReportPdf::write(report, &pdf));
        pdf.close();
        QVERIFY(test::readPdfText(pdf.fileName())
                    .contains(QStringLiteral("past the first 2, candidates are not set out in full")));
    }

    void aCancelledReportStopsAndLeavesNoFile()
    {
        std::atomic_bool cancelled = true;
        QVERIFY(!CaseReportBuilder::build(request({}), {}, &cancelled).has_value());
        const CaseReport report = *CaseReportBuilder::build(request({}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.pdf"));
        PrivateFile file(path);
        QCOMPARE(file.open(), std::nullopt);
        // Cancelled while writing: the temporary file is thrown away, nothing is at the path.
        QVERIFY(!CaseReportPdf::write(report, file.device(), {}, &cancelled));
        file.cancel();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aFolderThatCannotBeWrittenIsSaidInWords()
    {
        const test::ReadOnlyFolder folder; // read-only for root too
        const QString path = folder.filePath(QStringLiteral("case.csv"));
        const auto written = PrivateFile::write(path, "a,b\r\n");
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("case.csv")), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
    }

    void aPathUnderAFileIsSaidInWords()
    {
        // As root, a read-only folder does not stop a write; a path through a file always does.
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString path = dir.filePath(QStringLiteral("plain/case.csv"));
        const auto written = PrivateFile::write(path, "a,b\r\n");
        QVERIFY(!written);
        QVERIFY2(written.error().startsWith(QStringLiteral("Could not save")), qPrintable(written.error()));
    }

    void moneyCountsPaidOrdersExactlyAndNeverAnUnpaidOne()
    {
        const CaseReport report = *CaseReportBuilder::build(request({}));
        Decimal paid;
        Decimal unpaid;
        qint64 unpaidOrders = 0;
        for (const PurchaseOrder& order : m_orders) {
            const bool never = ItemStateAt::isUnpaid(order, RefundPolicy());
            unpaidOrders += never ? 1 : 0;
            for (const PurchaseOrderItem& item : *order.purchaseOrderItemDtos)
                (never ? unpaid : paid) = *(never ? unpaid : paid).plus(*item.unitPrice);
        }
        QVERIFY(unpaidOrders > 0); // the showcase has an order never paid
        QCOMPARE(report.money.size(), 1);
        QCOMPARE(report.money.first().total, paid);
        QCOMPARE(report.money.first().unpaid, unpaid);
        QCOMPARE(report.money.first().unpaidOrders, unpaidOrders);
        QVERIFY(CaseReportText::of(report).contains(report.money.first().totalText));
    }

    void theServerIsNamedWithoutAnythingSecret()
    {
        // A profile's URL may carry a user and password, or a key in its query: never in a report.
        QCOMPARE(CaseReportRequest::serverOf(
                     QUrl(QStringLiteral("https://ann:s3cret@api.example:8443/v2/?code=k3y#f"))),
            QStringLiteral("https://api.example:8443/v2/"));
    }

    void germanMoneyAndWordsFollowTheLocale()
    {
        CaseReportRequest german = request({});
        german.locale = QLocale(QLocale::German, QLocale::Germany);
        const CaseReport report = *CaseReportBuilder::build(german);
        QVERIFY2(report.money.first().totalText.contains(QLatin1Char(',')),
            qPrintable(report.money.first().totalText));
        QVERIFY2(report.money.first().totalText.contains(QStringLiteral("GBP")),
            qPrintable(report.money.first().totalText));
    }

private:
    AuditLogContents withDecision() const
    {
        AuditDecision decision;
        decision.id = QStringLiteral("d1");
        decision.recordedAt = QStringLiteral("2026-12-01T10:00:00.000Z");
        decision.affiliateId = m_affiliate;
        decision.customer = Showcase;
        decision.itemId = m_candidate;
        decision.decision = QStringLiteral("refund-granted");
        decision.reason = QStringLiteral("Customer says it never played");
        decision.ticket = QStringLiteral("CS-4711");
        decision.operatingSystemUser = QStringLiteral("ann");
        decision.verdict = QStringLiteral("due");
        decision.state = QStringLiteral("expired-unused");
        decision.asOf = decision.recordedAt;
        // Another customer's decision about an item with the same id is not this customer's.
        AuditDecision other = decision;
        other.customer = QStringLiteral("someone.else");
        other.affiliateId = m_affiliate + 1;
        other.reason = QStringLiteral("not this one");
        AuditLogContents contents;
        contents.decisions = { decision, other };
        return contents;
    }

    CaseReportRequest request(const std::optional<AuditLogContents>& audit) const
    {
        CaseReportRequest request;
        request.header.affiliateId = m_affiliate;
        request.header.customer = Showcase;
        request.header.ticket = QStringLiteral("CS-4711");
        request.header.agentAccount = QStringLiteral("ann");
        request.header.profile = QStringLiteral("Sandbox");
        request.header.serverUrl = m_sandbox.url().toString();
        request.header.fetched = { { QStringLiteral("Orders"), m_at } };
        request.header.at = m_at;
        request.header.madeAt = m_at;
        request.header.appVersion = QStringLiteral(FFCONSOLE_VERSION);
        request.header.scope = QStringLiteral("The whole customer");
        request.orders = m_orders;
        request.zone = QTimeZone::utc();
        request.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        request.currency = QStringLiteral("GBP");
        request.audit = audit;
        return request;
    }

    SandboxProcess m_sandbox;
    qint64 m_affiliate = 0;
    QList<PurchaseOrder> m_orders;
    DateTimeOffset m_at;
    std::vector<ItemInvestigation> m_expected;
    qint64 m_candidate = 0;
};

QTEST_MAIN(TestCaseReport)
#include "tst_casereport.moc"
