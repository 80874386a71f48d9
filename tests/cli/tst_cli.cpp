// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/core/GuidText.h"
#include "api/launcher/SandboxCustomer.h"
#include "api/profile/ProfileStore.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Fixtures.h"
#include "tests/support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using ff::AuthScheme;
using ff::ConnectionProfile;
using ff::ProfileStore;
using ff::SandboxCustomer;
using ff::test::CliRunner;
using ff::test::SandboxProcess;

namespace {

using Run = ff::test::CliRunner::Run;

// A minimal RFC 4180 reader, to check what the CLI writes the way a spreadsheet would read it.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

} // namespace

// ffconsole-cli end to end: the real program against a real sandbox, every command in every
// format, and every exit code of its contract.
class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    SandboxCustomer m_customer;
    qint64 m_affiliate = 0;
    QString m_username;
    QString m_account;

    Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& token = QString())
    {
        return ff::test::CliRunner(*m_sandbox, m_audit.filePath(QStringLiteral("audit.jsonl")))
            .run(arguments, input, token);
    }

    QStringList orders(const QString& format) const
    {
        return { QStringLiteral("--format"), format, QStringLiteral("orders"), QStringLiteral("--affiliate"),
            QString::number(m_affiliate), QStringLiteral("--customer"), m_username };
    }

    // A profile of this sandbox (bearer token), as the console would save it.
    ConnectionProfile sandboxProfile(const QString& name) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.platformUrl = m_sandbox->url();
        profile.authScheme = AuthScheme::Bearer;
        return profile;
    }

    static void saveProfile(const QString& ini, const ConnectionProfile& profile)
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore(settings).save({ profile });
    }

    qint64 firstOrderId()
    {
        const Run listed = cli(orders(QStringLiteral("json")));
        return QJsonDocument::fromJson(listed.out)
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toInteger();
    }

    // add-item with the item's JSON on stdin; the order it returns as JSON.
    Run addItem(qint64 order, const QJsonObject& item)
    {
        return cli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("add-item"),
                       QStringLiteral("--order"), QString::number(order), QStringLiteral("--item-json"),
                       QStringLiteral("-") },
            QJsonDocument(item).toJson());
    }

    QTemporaryDir m_audit;

private slots:
    void initTestCase()
    {
        QString problem;
        m_sandbox = ff::test::CliRunner::startSandbox(problem);
        QVERIFY2(m_sandbox, qPrintable(problem));
        const std::optional<SandboxCustomer> zoe = m_sandbox->findCustomer(QStringLiteral("zoë smith"));
        QVERIFY(zoe);
        m_customer = *zoe;
        m_affiliate = m_customer.affiliateId.value_or(0);
        m_username = m_customer.username.value_or(QString());
        m_account = QString::fromLatin1(ff::GuidText::toText(m_customer.customerId.value_or(QUuid())));
    }

    void init()
    {
        m_sandbox->clearRequests();
        m_sandbox->clearFaults();
    }

    void ordersInEveryFormat()
    {
        const Run table = cli(orders(QStringLiteral("table")));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Supplier ref"));
        QVERIFY(table.err.isEmpty());

        const Run json = cli(orders(QStringLiteral("json")));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QVERIFY(!array.isEmpty());
        const QJsonObject first = array.first().toObject();
        QVERIFY(first.contains(QStringLiteral("PurchaseOrderItemDtos")));
        QVERIFY(first.contains(QStringLiteral("PaymentProviderRefundTransId")));
        static const QRegularExpression utcMillis(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QVERIFY2(utcMillis.match(first.value(QStringLiteral("CreateDate")).toString()).hasMatch(),
            qPrintable(first.value(QStringLiteral("CreateDate")).toString()));
        // money is written from its exact decimal text
        static const QRegularExpression price(QStringLiteral("\"UnitPrice\": (-?\\d+(\\.\\d+)?|null)[,\\n]"));
        QVERIFY(price.match(QString::fromUtf8(json.out)).hasMatch());
        QVERIFY(!json.out.contains("99999999"));

        const Run csv = cli(orders(QStringLiteral("csv")));
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = parseCsv(csv.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first().first(), QStringLiteral("Order.Id"));
        QVERIFY(rows.first().contains(QStringLiteral("Item.SupplierRef")));
        int items = 0;
        for (const QJsonValue& order : array)
            items += qMax(
                1, int(order.toObject().value(QStringLiteral("PurchaseOrderItemDtos")).toArray().size()));
        QCOMPARE(rows.size() - 1, items);
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), rows.first().size());
    }

    void entitlementInEveryFormat()
    {
        const QString ref = m_customer.supplierRefs.value_or(QList<QString>()).value(0);
        for (const QString& format :
            { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }) {
            const Run run = cli({ QStringLiteral("--format"), format, QStringLiteral("entitlement"),
                QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--supplier-ref"),
                ref, QStringLiteral("--family") });
            QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
            if (run.exitCode == 0) {
                QVERIFY(!run.out.isEmpty());
                if (format == QLatin1String("json"))
                    QCOMPARE(QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QStringLiteral("SupplierRef"))
                                 .toString(),
                        ref);
            }
        }
        QCOMPARE(m_sandbox->requests()
                     .last()
                     .toObject()
                     .value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("includeParentAndChildren"))
                     .toString(),
            QStringLiteral("true"));
    }

    void purchasesInEveryFormat()
    {
        const Run json = cli({ QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("purchases"), QStringLiteral("--account"), m_account });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject response = QJsonDocument::fromJson(json.out).object();
        QVERIFY(response.contains(QStringLiteral("ResponseData")));
        const QJsonArray totals = response.value(QStringLiteral("Totals")).toArray();
        const QJsonArray purchases = response.value(QStringLiteral("ResponseData"))
                                         .toObject()
                                         .value(QStringLiteral("Detail"))
                                         .toObject()
                                         .value(QStringLiteral("Purchases"))
                                         .toArray();
        QStringList currencies;
        for (const QJsonValue& purchase : purchases) {
            const QString currency = purchase.toObject().value(QStringLiteral("Currency")).toString();
            if (!currencies.contains(currency))
                currencies.append(currency);
        }
        QCOMPARE(totals.size(), currencies.size());
        for (const QJsonValue& total : totals)
            QVERIFY(total.toObject().contains(QStringLiteral("GrossTotal")));

        const Run xml = cli({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("purchases"),
            QStringLiteral("--account"), m_account, QStringLiteral("--xml") });
        QCOMPARE(xml.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(xml.out).object().value(QStringLiteral("Totals")), QJsonValue(totals));

        const Run csv = cli({ QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("purchases"),
            QStringLiteral("--account"), m_account, QStringLiteral("--paid"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01") });
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = parseCsv(csv.out);
        QCOMPARE(rows.first().first(), QStringLiteral("Currency"));
        const int paidColumn = int(rows.first().indexOf(QStringLiteral("Paid")));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i][paidColumn], QStringLiteral("true"));

        const Run table = cli({ QStringLiteral("purchases"), QStringLiteral("--account"), m_account });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Totals per currency") || purchases.isEmpty());
    }

    void aTableShowsControlCharactersRatherThanObeyingThem()
    {
        // A title the server holds with an escape sequence and a line break: the table shows
        // them as \x1b and \n, one row per item, and leaves the terminal as it was.
        const Run added = addItem(firstOrderId(),
            { { QStringLiteral("OfferId"), 4243 },
                { QStringLiteral("SupplierRef"), QStringLiteral("FFX-CLI-ESC") },
                { QStringLiteral("Title"), QStringLiteral("Clear\x1b[2Jscreen\nsecond line") },
                { QStringLiteral("UnitPrice"), 1 } });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run table = cli(orders(QStringLiteral("table")));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(!table.out.contains('\x1b'));
        QVERIFY2(table.out.contains("Clear\\x1b[2Jscreen\\nsecond line"), table.out.constData());
        for (const QByteArray& line : table.out.split('\n')) {
            if (line.contains("FFX-CLI-ESC"))
                QVERIFY2(line.contains("second line"), line.constData()); // still one line
        }
    }

    void addItemAndFormulaNeutralisation()
    {
        const qint64 order = firstOrderId();
        const Run added = addItem(order,
            { { QStringLiteral("OfferId"), 4242 },
                { QStringLiteral("SupplierRef"), QStringLiteral("FFX-CLI-1") },
                { QStringLiteral("Title"), QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")") },
                { QStringLiteral("UnitPrice"), 2.5 } });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject updated = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(updated.value(QStringLiteral("Id")).toInteger(), order);
        QCOMPARE(updated.value(QStringLiteral("PurchaseOrderItemDtos"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("SupplierRef"))
                     .toString(),
            QStringLiteral("FFX-CLI-1"));
        QCOMPARE(m_sandbox->requests().size(), 2); // the listing, and exactly one PUT

        const Run csv = cli(orders(QStringLiteral("csv")));
        const QList<QStringList> rows = parseCsv(csv.out);
        const int title = int(rows.first().indexOf(QStringLiteral("Item.Title")));
        bool found = false;
        for (const QStringList& row : rows) {
            if (row[title].contains(QLatin1String("HYPERLINK"))) {
                found = true;
                QVERIFY2(row[title].startsWith(QLatin1Char('\'')), qPrintable(row[title]));
            }
        }
        QVERIFY(found);

        // the write is in the audit log, before and after
        QFile audit(m_audit.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QVERIFY(log.contains("\"event\":\"attempt\""));
        QVERIFY(log.contains("\"outcome\":\"succeeded\""));
        QVERIFY(!log.contains(m_sandbox->token().toUtf8()));
    }

    void theAuditLogRecordsADeviceIdAsTyped()
    {
        // Placeholders in what the agent typed stay as typed: the audit log is evidence.
        const QString device = QStringLiteral("tv %2 of %1");
        cli({ QStringLiteral("ack-license"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
            QStringLiteral("--device"), device, QStringLiteral("--item"), QStringLiteral("42"),
            QStringLiteral("--ticket"), QStringLiteral("CS-9"), QStringLiteral("--reason"),
            QStringLiteral("audit test") });
        QFile audit(m_audit.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QString summary;
        for (const QByteArray& line : audit.readAll().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QStringLiteral("event")).toString() == QLatin1String("attempt")
                && entry.value(QStringLiteral("endpoint")).toString() == QLatin1String("ack-license"))
                summary = entry.value(QStringLiteral("request")).toString();
        }
        QVERIFY2(summary.contains(QLatin1String("device \"tv %2 of %1\", item 42")), qPrintable(summary));
    }

    void ackLicenseInEveryFormat()
    {
        const QString device = m_customer.firstDeviceId();
        const Run listed = cli(orders(QStringLiteral("json")));
        const QJsonObject firstItem = QJsonDocument::fromJson(listed.out)
                                          .array()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("PurchaseOrderItemDtos"))
                                          .toArray()
                                          .first()
                                          .toObject();
        const QString item = QString::number(firstItem.value(QStringLiteral("Id")).toInteger());
        for (const QString& format :
            { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }) {
            const Run run = cli({ QStringLiteral("--format"), format, QStringLiteral("ack-license"),
                QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--device"),
                device, QStringLiteral("--item"), item });
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(!run.out.isEmpty());
            if (format == QLatin1String("json"))
                QCOMPARE(QJsonDocument::fromJson(run.out)
                             .object()
                             .value(QStringLiteral("LicenseAcknowledged"))
                             .toBool(),
                    true);
        }
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("affiliate not a number")
            << words({ "orders", "--affiliate", "abc", "--customer", "x" }) << "--affiliate";
        QTest::newRow("affiliate zero")
            << words({ "orders", "--affiliate", "0", "--customer", "x" }) << "--affiliate";
        QTest::newRow("affiliate negative")
            << words({ "orders", "--affiliate", "-3", "--customer", "x" }) << "affiliate";
        QTest::newRow("empty name") << words({ "orders", "--affiliate", "1", "--customer", "" })
                                    << "--customer";
        QTest::newRow("dot-dot name")
            << words({ "orders", "--affiliate", "1", "--customer", ".." }) << "--customer";
        QTest::newRow("account not a GUID") << words({ "purchases", "--account", "12345" }) << "--account";
        QTest::newRow("not a date") << words(
            { "purchases", "--account", "1b01b296-1469-4c46-b14b-c46719621538", "--from", "31/01/2025" })
                                    << "--from";
        QTest::newRow("impossible date") << words(
            { "purchases", "--account", "1b01b296-1469-4c46-b14b-c46719621538", "--to", "2025-02-30" })
                                         << "--to";
        QTest::newRow("from after to") << words({ "purchases", "--account",
            "1b01b296-1469-4c46-b14b-c46719621538", "--from", "2025-03-01", "--to", "2025-02-01" })
                                       << "after";
        QTest::newRow("unknown option")
            << words({ "orders", "--affiliate", "1", "--customer", "x", "--colour" }) << "colour";
        QTest::newRow("unknown command") << words({ "refund" }) << "refund";
        QTest::newRow("no command") << words({}) << "command";
        QTest::newRow("bad format") << words({ "--format", "xml", "orders", "--affiliate", "1", "--customer",
            "x" }) << "--format";
        QTest::newRow("empty device")
            << words({ "ack-license", "--affiliate", "1", "--device", "", "--item", "3" }) << "--device";
        QTest::newRow("item not a number")
            << words({ "ack-license", "--affiliate", "1", "--device", "d", "--item", "x" }) << "--item";
        QTest::newRow("missing item json")
            << words({ "add-item", "--order", "1", "--item-json", "/nonexistent/item.json" }) << "item-json";
        QTest::newRow("invalid item json")
            << words({ "add-item", "--order", "1", "--item-json", "-" }) << "item-json";
        // Found by fuzz_cli_arguments: what a person types is quoted in the error, and a line
        // break or a terminal escape in it broke the one line of stderr or spoke to the terminal.
        QTest::newRow("line break in a value")
            << words({ "orders", "--affiliate", "1\n2", "--customer", "x" }) << "1\\n2";
        QTest::newRow("escape in a value")
            << words({ "orders", "--affiliate", "\x1b[2J1", "--customer", "x" }) << "\\x1b[2J1";
        QTest::newRow("line break in an option")
            << words({ "orders", "--affi\nliate", "1", "--customer", "x" }) << "affi\\nliate";
    }
    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments, "{ not json");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains('\x1b'));
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void itemJsonRules_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no offer") << QByteArray(R"({"SupplierRef": "A", "UnitPrice": 1})") << "OfferId";
        QTest::newRow("zero offer") << QByteArray(R"({"OfferId": 0, "SupplierRef": "A", "UnitPrice": 1})")
                                    << "OfferId";
        QTest::newRow("empty supplier ref")
            << QByteArray(R"({"OfferId": 3, "SupplierRef": " ", "UnitPrice": 1})") << "SupplierRef";
        QTest::newRow("negative price")
            << QByteArray(R"({"OfferId": 3, "SupplierRef": "A", "UnitPrice": -0.01})") << "UnitPrice";
        QTest::newRow("other order") << QByteArray(
            R"({"OfferId": 3, "SupplierRef": "A", "UnitPrice": 1, "PurchaseOrderId": 99})")
                                     << "PurchaseOrderId";
        QTest::newRow("price as text")
            << QByteArray(R"({"OfferId": 3, "SupplierRef": "A", "UnitPrice": "1.00"})") << "UnitPrice";
    }
    void itemJsonRules()
    {
        QFETCH(QByteArray, item);
        QFETCH(QString, mentions);
        const Run run = cli({ QStringLiteral("add-item"), QStringLiteral("--order"), QStringLiteral("1"),
                                QStringLiteral("--item-json"), QStringLiteral("-") },
            item);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    // An item file as .NET saves it (File.WriteAllText with Encoding.UTF8, as PowerShell 7's
    // Out-File -Encoding utf8BOM) starts with a UTF-8 byte-order mark: it is read. Windows
    // PowerShell's Out-File writes UTF-16: refused, with a message that names the mark.
    void anItemFileWithAByteOrderMark()
    {
        const qint64 order = firstOrderId();
        m_sandbox->clearRequests();
        QTemporaryDir folder;
        const auto saved = [&](const QString& name) {
            QByteArray bytes = ff::test::fixture(QStringLiteral("jsonnet/") + name);
            bytes.replace(
                "\"PurchaseOrderId\": 1001", QByteArray("\"PurchaseOrderId\": " + QByteArray::number(order)));
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                QTest::qFail("cannot write the item file", __FILE__, __LINE__);
            return file.fileName();
        };
        const QStringList addItem { QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("add-item"), QStringLiteral("--order"), QString::number(order),
            QStringLiteral("--item-json") };

        const Run added
            = cli(addItem + QStringList { saved(QStringLiteral("add-item.request.utf8-bom.json")) });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject last = QJsonDocument::fromJson(added.out)
                                     .object()
                                     .value(QStringLiteral("PurchaseOrderItemDtos"))
                                     .toArray()
                                     .last()
                                     .toObject();
        QCOMPARE(last.value(QStringLiteral("SupplierRef")).toString(), QStringLiteral("FFX-BOM-1"));
        QCOMPARE(m_sandbox->requests().size(), 1);

        m_sandbox->clearRequests();
        const Run utf16 = cli(addItem + QStringList { saved(QStringLiteral("add-item.request.utf16.json")) });
        QCOMPARE(utf16.exitCode, 2);
        QVERIFY2(
            utf16.err.contains("UTF-16") && utf16.err.contains("byte-order mark"), utf16.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void exitCodesForWhatTheServerSays()
    {
        const Run missing
            = cli({ QStringLiteral("orders"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
                QStringLiteral("--customer"), QStringLiteral("nobody-at-all@example.invalid") });
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.out.isEmpty());

        const Run refused = cli(orders(QStringLiteral("json")), {}, QStringLiteral("wrong-token"));
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.contains("wrong-token"));

        const Run envelope = cli({ QStringLiteral("purchases"), QStringLiteral("--account"), m_account,
            QStringLiteral("--type"), QStringLiteral("Bogus") });
        QCOMPARE(envelope.exitCode, 5);
        QVERIFY(envelope.out.isEmpty());

        m_sandbox->addFaults({ QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("status") }, { QStringLiteral("status"), 500 } } });
        const Run failed = cli(orders(QStringLiteral("json")));
        QCOMPARE(failed.exitCode, 5);

        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("invalid-utf8") } } });
        const Run malformed = cli(orders(QStringLiteral("json")));
        QCOMPARE(malformed.exitCode, 7);
        QVERIFY(malformed.out.isEmpty());

        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("hang") } } });
        const Run slow = cli(QStringList { QStringLiteral("--timeout"), QStringLiteral("1") }
            + orders(QStringLiteral("json")));
        QCOMPARE(slow.exitCode, 6);
        QVERIFY(slow.out.isEmpty());
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QJsonObject>("injected");
        QTest::addColumn<int>("exitCode");
        auto status = [](int code) {
            return QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                { QStringLiteral("status"), code }, { QStringLiteral("count"), 5 },
                { QStringLiteral("contentType"), QStringLiteral("text/html") },
                { QStringLiteral("body"), QStringLiteral("<html><title>Bad Gateway</title></html>") },
                { QStringLiteral("headers"),
                    QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("0") } } } };
        };
        auto kind = [](const char* name) {
            return QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(name) },
                { QStringLiteral("count"), 5 } };
        };
        // The exit code of a read, and of a write: a write that may have been applied (anything
        // but a 4xx) exits 6, the unknown outcome, whatever the answer was.
        const QList<std::tuple<const char*, QJsonObject, int, int>> faults = {
            { "reset mid-body", kind("reset-mid-body"), -1, 6 }, // 6, or 7 when the cut body was compressed
            { "no answer", kind("hang"), 6, 6 },
            { "500", status(500), 5, 6 },
            { "502", status(502), 5, 6 },
            { "503", status(503), 5, 6 },
            { "401", status(401), 4, 4 },
            { "429", status(429), 5, 5 },
            { "wrong content type", kind("wrong-content-type"), 7, 6 },
            { "invalid UTF-8", kind("invalid-utf8"), 7, 6 },
            { "redirect",
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("redirect") },
                    { QStringLiteral("count"), 5 },
                    { QStringLiteral("location"), QStringLiteral("http://elsewhere.invalid/") } },
                6, 6 },
        };
        for (const char* command : { "orders", "entitlement", "purchases", "add-item", "ack-license" }) {
            const bool write
                = QByteArrayView(command) == "add-item" || QByteArrayView(command) == "ack-license";
            for (const auto& [name, injected, readCode, writeCode] : faults)
                QTest::addRow("%s: %s", command, name)
                    << QString::fromLatin1(command) << injected << (write ? writeCode : readCode);
        }
    }
    void faultMatrix()
    {
        QFETCH(QString, command);
        QFETCH(QJsonObject, injected);
        QFETCH(int, exitCode);
        const QString device = m_customer.firstDeviceId();
        const QString ref = m_customer.supplierRefs.value_or(QList<QString>()).value(0);
        // Real ids, so that without the fault every command would succeed.
        const QJsonObject order
            = QJsonDocument::fromJson(cli(orders(QStringLiteral("json"))).out).array().first().toObject();
        const QString orderId = QString::number(order.value(QStringLiteral("Id")).toInteger());
        const QString itemId = QString::number(order.value(QStringLiteral("PurchaseOrderItemDtos"))
                                                   .toArray()
                                                   .first()
                                                   .toObject()
                                                   .value(QStringLiteral("Id"))
                                                   .toInteger());
        m_sandbox->clearRequests();
        QStringList arguments { QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--format"),
            QStringLiteral("json"), command };
        QByteArray input;
        if (command == QLatin1String("orders"))
            arguments += { QStringLiteral("--affiliate"), QString::number(m_affiliate),
                QStringLiteral("--customer"), m_username };
        else if (command == QLatin1String("entitlement"))
            arguments += { QStringLiteral("--affiliate"), QString::number(m_affiliate),
                QStringLiteral("--supplier-ref"), ref };
        else if (command == QLatin1String("purchases"))
            arguments += { QStringLiteral("--account"), m_account };
        else if (command == QLatin1String("add-item")) {
            // --force: each row sends to the same order on purpose, whatever the rows before left
            // unresolved in the audit log.
            arguments += { QStringLiteral("--order"), orderId, QStringLiteral("--item-json"),
                QStringLiteral("-"), QStringLiteral("--force") };
            input = R"({"OfferId": 9, "SupplierRef": "FFX-CLI-FAULT", "UnitPrice": 0.5})";
        } else
            arguments
                += { QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--device"),
                       device, QStringLiteral("--item"), itemId, QStringLiteral("--force") };
        m_sandbox->addFaults({ injected });
        const Run run = cli(arguments, input);
        if (exitCode < 0)
            QVERIFY2(run.exitCode == 6 || run.exitCode == 7, run.err.constData());
        else
            QVERIFY2(run.exitCode == exitCode,
                qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        if (command == QLatin1String("add-item") || command == QLatin1String("ack-license"))
            QCOMPARE(m_sandbox->requests().size(), 1); // a write is sent once, whatever happens
    }

    void aReadOnlyProfileRefusesWrites()
    {
        // a profile saved by the console, read-only, whose server is this sandbox
        QTemporaryDir home;
        const QString ini = home.filePath(QStringLiteral("settings.ini"));
        ConnectionProfile readOnly = sandboxProfile(QStringLiteral("Audit"));
        readOnly.readOnly = true;
        saveProfile(ini, readOnly);
        const QProcessEnvironment environment
            = CliRunner::environmentWith({ { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() },
                { QStringLiteral("FFCONSOLE_SETTINGS"), ini } });
        const CliRunner::Run write = CliRunner::runProgram(CliRunner::program(),
            { QStringLiteral("--profile"), QStringLiteral("Audit"), QStringLiteral("ack-license"),
                QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--device"),
                QStringLiteral("1"), QStringLiteral("--item"), QStringLiteral("1") },
            environment);
        QCOMPARE(write.exitCode, 2);
        QVERIFY(QString::fromUtf8(write.err).contains(QLatin1String("read-only")));
        QCOMPARE(m_sandbox->requests().size(), 0);

        // reads still work under it
        const CliRunner::Run read = CliRunner::runProgram(CliRunner::program(),
            QStringList { QStringLiteral("--profile"), QStringLiteral("Audit") }
                + orders(QStringLiteral("csv")),
            environment);
        QCOMPARE(read.exitCode, 0);
    }

    void aProfilesSecretComesFromTheKeychain()
    {
        // The console saved a profile and its secret; the CLI uses both, with no token in sight.
        QTemporaryDir home;
        const QString ini = home.filePath(QStringLiteral("settings.ini"));
        ConnectionProfile saved = sandboxProfile(QStringLiteral("Keychain test"));
        saved.id = ConnectionProfile::newId();
        saveProfile(ini, saved);
        ff::CredentialStore store;
        std::optional<bool> written;
        store.write(saved.id, m_sandbox->token(), this, [&](auto result) { written = bool(result); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
        QVERIFY2(*written, "the test's private keyring accepts the secret");

        const QProcessEnvironment environment = CliRunner::environmentWith(
            { { QStringLiteral("FFCONSOLE_SETTINGS"), ini } }, { QStringLiteral("FFCONSOLE_TOKEN") });
        const QStringList arguments
            = QStringList { QStringLiteral("--profile"), QStringLiteral("Keychain test") }
            + orders(QStringLiteral("json"));
        const CliRunner::Run withSecret = CliRunner::runProgram(CliRunner::program(), arguments, environment);
        QVERIFY2(withSecret.exitCode == 0, withSecret.err.constData());
        QVERIFY(!QJsonDocument::fromJson(withSecret.out).array().isEmpty());

        std::optional<bool> removed;
        store.remove(saved.id, this, [&](auto result) { removed = bool(result); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
        // no secret anywhere: not authorised, nothing sent
        QCOMPARE(CliRunner::runProgram(CliRunner::program(), arguments, environment).exitCode, 4);
    }

    void networkFailure()
    {
        const CliRunner::Run run = CliRunner::runProgram(CliRunner::program(),
            { QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("orders"),
                QStringLiteral("--affiliate"), QStringLiteral("1"), QStringLiteral("--customer"),
                QStringLiteral("x") },
            CliRunner::environmentWith({ { QStringLiteral("FFCONSOLE_TOKEN"), QStringLiteral("x") } }));
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.out.isEmpty());
    }

    void noTokenNoRequest()
    {
        const Run run = cli(orders(QStringLiteral("json")), {}, QStringLiteral(""));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void versionAndHelp()
    {
        QCOMPARE(cli({ QStringLiteral("--version") }).exitCode, 0);
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("ack-license"));
        const Run commandHelp = cli({ QStringLiteral("purchases"), QStringLiteral("--help") });
        QVERIFY(commandHelp.out.contains("--software-version"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
