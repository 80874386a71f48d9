// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/PathSegment.h"
#include "api/codec/JsonReader.h"
#include "investigation/CustomerInvestigation.h"
#include "investigation/RefundPolicyJson.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using ff::CustomerInvestigation;
using ff::DateTimeOffset;
using ff::Entitlement;
using ff::EntitlementLookup;
using ff::ItemInvestigation;
using ff::PurchaseOrder;
using ff::test::SandboxProcess;

namespace {

using Run = ff::test::CliRunner::Run;

// The sandbox's clock and the instant every investigation here is made at: the CLI's answer and
// the library's, for the same orders, must then be the same.
const QString Now = QStringLiteral("2026-03-06T12:00:00Z");
const QString Zoe = QStringLiteral("zoë smith");
const QString OBrien = QStringLiteral("o'brien+test/../x@example.co.uk");
const QString Nobody = QStringLiteral("nobody at all");

QString text(std::string_view identifier)
{
    return QString::fromLatin1(identifier.data(), qsizetype(identifier.size()));
}

QJsonValue utcOrNull(const std::optional<DateTimeOffset>& date)
{
    return date ? QJsonValue(QString::fromLatin1(date->toUtcMillisecondsString())) : QJsonValue();
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {}; // every line must be a JSON object; the caller's count check fails
        lines.append(document.object());
    }
    return lines;
}

} // namespace

// ffconsole-cli investigate end to end: the real program against a real sandbox, its answer
// checked against the investigation library's for the same orders and instant; lists with a
// failing customer, resumed after a kill, and slowed by 429s.
class TestCliInvestigate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    qint64 m_affiliate = 1;

    Run cli(const QStringList& arguments) const
    {
        return ff::test::CliRunner(*m_sandbox, m_dir.filePath(QStringLiteral("audit.jsonl"))).run(arguments);
    }
    std::unique_ptr<QProcess> startCli(const QStringList& arguments) const
    {
        return ff::test::CliRunner(*m_sandbox, m_dir.filePath(QStringLiteral("audit.jsonl")))
            .start(arguments);
    }

    QStringList investigate(const QString& format, const QStringList& more) const
    {
        return QStringList { QStringLiteral("--format"), format, QStringLiteral("investigate"),
            QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--at"), Now }
        + more;
    }

    QString customersFile(const QString& name, const QStringList& customers) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(customers.join(u'\n').toUtf8() + '\n');
        return path;
    }

    // The customer's orders, fetched by the test itself, read as the client reads them.
    QList<PurchaseOrder> ordersOf(const QString& customer)
    {
        return m_sandbox->purchaseOrders(m_affiliate, customer);
    }

    // The sandbox's requests of one endpoint ("PurchaseOrders", "Entitlement"), in the order sent.
    QJsonArray requestsTo(const QString& endpoint)
    {
        QJsonArray matching;
        for (const QJsonValue& request : m_sandbox->requests()) {
            if (request[QStringLiteral("segments")].toArray().contains(endpoint))
                matching.append(request);
        }
        return matching;
    }
    int ordersRequestsFor(const QString& customer)
    {
        int count = 0;
        for (const QJsonValue& request : requestsTo(QStringLiteral("PurchaseOrders")))
            count += request[QStringLiteral("segments")].toArray().last().toString() == customer ? 1 : 0;
        return count;
    }

    // The CLI's objects against the library's results, item by item.
    static void compareItems(const QList<QJsonObject>& cli, const std::vector<ItemInvestigation>& expected)
    {
        QCOMPARE(qsizetype(cli.size()), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i) {
            const QJsonObject& got = cli[qsizetype(i)];
            const ItemInvestigation& want = expected[i];
            const QString where = QStringLiteral("item %1").arg(want.facts.itemId);
            QVERIFY2(got[QStringLiteral("ItemId")].toInteger() == want.facts.itemId, qPrintable(where));
            QCOMPARE(got[QStringLiteral("OrderId")].toInteger(), want.facts.orderId);
            QCOMPARE(got[QStringLiteral("State")].toString(), text(identifier(want.state.state)));
            QCOMPARE(got[QStringLiteral("Verdict")].toString(), text(identifier(want.verdict)));
            QCOMPARE(got[QStringLiteral("WindowEnd")], utcOrNull(want.window.end));
            QCOMPARE(got[QStringLiteral("TimeLeftSeconds")],
                want.state.timeLeftSeconds ? QJsonValue(*want.state.timeLeftSeconds) : QJsonValue());
            QStringList kinds;
            for (const QJsonValue& signal : got[QStringLiteral("Signals")].toArray()) {
                kinds.append(signal[QStringLiteral("Kind")].toString());
                QVERIFY(signal[QStringLiteral("Evidence")].isObject());
            }
            QStringList wantKinds;
            for (const ff::RefundSignal& signal : want.raisedSignals)
                wantKinds.append(text(identifier(signal.kind)));
            QCOMPARE(kinds, wantKinds);
            QCOMPARE(got[QStringLiteral("Unknown")].toArray().toVariantList().size(), want.unknowns.size());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        m_sandbox = ff::test::CliRunner::startSandbox(problem, { QStringLiteral("--now"), Now });
        QVERIFY2(m_sandbox, qPrintable(problem));
        QVERIFY(m_sandbox->findCustomer(Zoe));
        QVERIFY(m_sandbox->findCustomer(OBrien));
        m_affiliate = m_sandbox->findCustomer(Zoe)->affiliateId.value_or(1);
    }

    void init()
    {
        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
    }

    void oneCustomerAgreesWithTheLibrary()
    {
        const Run json = cli(investigate(QStringLiteral("json"), { QStringLiteral("--customer"), Zoe }));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY(json.err.isEmpty());
        QList<QJsonObject> items;
        for (const QJsonValue& item : QJsonDocument::fromJson(json.out).array())
            items.append(item.toObject());
        // Without --entitlements the orders alone are read, once.
        QCOMPARE(requestsTo(QStringLiteral("Entitlement")).size(), 0);
        QCOMPARE(ordersRequestsFor(Zoe), 1);

        const QList<PurchaseOrder> orders = ordersOf(Zoe);
        QVERIFY(!orders.isEmpty());
        const auto expected = CustomerInvestigation::run(
            orders, ff::RefundPolicy {}, *DateTimeOffset::parse(QStringView(Now)));
        QVERIFY(expected.size() > 5);
        compareItems(items, expected);
        QCOMPARE(items.first()[QStringLiteral("Customer")].toString(), Zoe);
        QCOMPARE(items.first()[QStringLiteral("AffiliateId")].toInteger(), m_affiliate);

        // --candidates-only: exactly the items whose verdict is due or review.
        const Run candidates = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customer"), Zoe, QStringLiteral("--candidates-only") }));
        QCOMPARE(candidates.exitCode, 0);
        std::vector<ItemInvestigation> wanted;
        for (const ItemInvestigation& item : expected) {
            if (item.isCandidate())
                wanted.push_back(item);
        }
        QVERIFY(!wanted.empty());
        compareItems(jsonLines(candidates.out), wanted);

        // The table and CSV: one row per item.
        const Run table = cli(investigate(QStringLiteral("table"), { QStringLiteral("--customer"), Zoe }));
        QCOMPARE(table.exitCode, 0);
        const QString counts = ff::test::CliRunner::inEnglish(
            "ff::cli::InvestigationOutput", "%n item(s), %1", int(expected.size()))
                                   .arg(ff::test::CliRunner::inEnglish("ff::cli::InvestigationOutput",
                                       "%n refund candidate(s)", int(wanted.size())));
        QVERIFY2(table.out.contains(counts.toUtf8()), qPrintable(counts));
        const Run csv = cli(investigate(QStringLiteral("csv"), { QStringLiteral("--customer"), Zoe }));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("AffiliateId,Customer,OrderId,ItemId"));
        QCOMPARE(csv.out.count("\r\n"), qsizetype(expected.size()) + 1);
    }

    void aPolicyFileChangesTheVerdicts()
    {
        // Everything that needs review now supports a refund.
        const QByteArray json
            = R"({"SignalWeights": {"expired-unused": "supports", "stopped-early": "supports",
            "clock-anomaly": "supports", "terms-differ": "supports", "entitlement-conflict": "supports",
            "box-set-partly-used": "supports"}})";
        const QString path = m_dir.filePath(QStringLiteral("policy.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customer"), Zoe, QStringLiteral("--policy"), path }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> items = jsonLines(run.out);

        const QList<PurchaseOrder> orders = ordersOf(Zoe);
        const DateTimeOffset at = *DateTimeOffset::parse(QStringView(Now));
        compareItems(items, CustomerInvestigation::run(orders, *ff::RefundPolicyJson::read(json), at));
        if (QTest::currentTestFailed())
            return;
        // And the policy made a difference a script would see.
        const auto byDefault = CustomerInvestigation::run(orders, ff::RefundPolicy {}, at);
        int changed = 0;
        for (size_t i = 0; i < byDefault.size(); ++i)
            changed += items[qsizetype(i)][QStringLiteral("Verdict")].toString()
                    != text(identifier(byDefault[i].verdict))
                ? 1
                : 0;
        QVERIFY(changed > 0);
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString policy = m_dir.filePath(QStringLiteral("bad-policy.json"));
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"CourtesyWindowHours": "48"})");
        file.close();
        const QString unknownKey = m_dir.filePath(QStringLiteral("unknown-key.json"));
        QFile other(unknownKey);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write(R"({"CourtesyWindowHour": 48})");
        other.close();
        const QString customer = QStringLiteral("--customer");
        auto row = [&](const char* name, const QStringList& more, const char* message) {
            QTest::newRow(name) << QStringList { QStringLiteral("investigate"), QStringLiteral("--affiliate"),
                QString::number(m_affiliate), customer, Zoe }
                    + more << QByteArray(message);
        };
        row("--at unreadable", { QStringLiteral("--at"), QStringLiteral("Friday 20:00") }, "--at must be");
        row("--at without offset", { QStringLiteral("--at"), QStringLiteral("2026-03-06T20:00:00") },
            "--at must be");
        row("--at date only", { QStringLiteral("--at"), QStringLiteral("2026-03-06") }, "--at must be");
        row("--policy missing", { QStringLiteral("--policy"), m_dir.filePath(QStringLiteral("none.json")) },
            "cannot read --policy");
        row("--policy wrong type", { QStringLiteral("--policy"), policy }, "CourtesyWindowHours");
        row("--policy unknown key", { QStringLiteral("--policy"), unknownKey }, "CourtesyWindowHour");
        row("--concurrency 0", { QStringLiteral("--concurrency"), QStringLiteral("0") }, "--concurrency");
        row("--state without a list", { QStringLiteral("--state"), m_dir.filePath(QStringLiteral("s")) },
            "--state goes with --customers");
        QTest::newRow("a list as a table")
            << QStringList { QStringLiteral("--format"), QStringLiteral("table"),
                   QStringLiteral("investigate"), QStringLiteral("--affiliate"), QString::number(m_affiliate),
                   QStringLiteral("--customers"), customersFile(QStringLiteral("one.txt"), { Zoe }) }
            << QByteArray("use --format jsonl");
        QTest::newRow("a --state that cannot be written") << QStringList { QStringLiteral("investigate"),
            QStringLiteral("--affiliate"), QString::number(m_affiliate), QStringLiteral("--customers"),
            customersFile(QStringLiteral("one.txt"), { Zoe }), QStringLiteral("--state"), m_dir.path() }
                                                          << QByteArray("--state");
        QTest::newRow("jsonl for orders")
            << QStringList { QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("orders"),
                   QStringLiteral("--affiliate"), QString::number(m_affiliate), customer, Zoe }
            << QByteArray("--format must be table, json or csv, not");
    }

    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void entitlementsWithANotFound()
    {
        const QList<PurchaseOrder> orders = ordersOf(Zoe);
        m_sandbox->clearRequests();
        // Every distinct supplier ref once; one of them (not a prefix of another) answered 404.
        QStringList refs;
        for (const PurchaseOrder& order : orders) {
            for (const ff::PurchaseOrderItem& item :
                order.purchaseOrderItemDtos.value_or(QList<ff::PurchaseOrderItem>())) {
                if (item.supplierRef && !refs.contains(*item.supplierRef))
                    refs.append(*item.supplierRef);
            }
        }
        QString missing;
        for (const QString& ref : std::as_const(refs)) {
            bool prefix = false;
            for (const QString& other : std::as_const(refs))
                prefix = prefix || (other != ref && other.contains(ref));
            if (!prefix && !ref.contains(u'%') && !ref.contains(u'?')) {
                missing = ref;
                break;
            }
        }
        QVERIFY(!missing.isEmpty());
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 404 },
            { QStringLiteral("pathContains"),
                QStringLiteral("/api/Entitlement/%1/%2").arg(m_affiliate).arg(missing) } } });

        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customer"), Zoe, QStringLiteral("--entitlements"),
                QStringLiteral("--concurrency"), QStringLiteral("2") }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray asked = requestsTo(QStringLiteral("Entitlement"));
        QCOMPARE(asked.size(), refs.size());
        bool sawNotFound = false;
        for (const QJsonValue& request : asked) {
            QCOMPARE(request[QStringLiteral("method")].toString(), QStringLiteral("GET"));
            if (request[QStringLiteral("segments")].toArray().last().toString() == missing)
                sawNotFound = request[QStringLiteral("status")].toInt() == 404;
        }
        QVERIFY(sawNotFound);

        // The library with the same entitlements (fetched by the test; the faulted one: none).
        std::map<QString, std::optional<Entitlement>> entitlements;
        for (const QString& ref : std::as_const(refs)) {
            const auto segment = ff::PathSegment::encode(ref, QStringLiteral("ref"));
            const SandboxProcess::Reply reply = m_sandbox->get("api/Entitlement/"
                + QByteArray::number(m_affiliate) + '/' + *segment + "?includeParentAndChildren=true&v=2.0");
            QVERIFY2(reply.status == 200 || reply.status == 404, qPrintable(ref));
            if (reply.status == 200 && ref != missing)
                entitlements[ref] = *ff::readJson<Entitlement>(reply.body);
            else
                entitlements[ref] = std::nullopt;
        }
        const auto expected = CustomerInvestigation::run(orders, ff::RefundPolicy {},
            *DateTimeOffset::parse(QStringView(Now)), [&entitlements](const QString& ref) {
                const auto& entry = entitlements.at(ref);
                return entry ? EntitlementLookup::found(*entry) : EntitlementLookup::notFound();
            });
        compareItems(jsonLines(run.out), expected);
    }

    void concurrencyBoundsTheRequestsInFlight()
    {
        // Every entitlement answer held back 150 ms: with two in flight at most, N of them take at
        // least N/2 such waits (the network layer alone would allow six at once).
        constexpr int DelayMs = 150;
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
            { QStringLiteral("ms"), DelayMs }, { QStringLiteral("count"), 1000 },
            { QStringLiteral("pathContains"), QStringLiteral("/api/Entitlement/") } } });
        QElapsedTimer timer;
        timer.start();
        const Run run = cli(investigate(QStringLiteral("json"),
            { QStringLiteral("--customer"), Zoe, QStringLiteral("--entitlements"),
                QStringLiteral("--concurrency"), QStringLiteral("2") }));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qsizetype asked = requestsTo(QStringLiteral("Entitlement")).size();
        QVERIFY(asked >= 10);
        QVERIFY2(elapsed >= (asked / 2) * DelayMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    void aListGoesOnPastAFailingCustomer()
    {
        const QString list = customersFile(QStringLiteral("three.txt"), { Zoe, Nobody, OBrien });
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), list, QStringLiteral("--concurrency"), QStringLiteral("1") }));
        QCOMPARE(run.exitCode, 8);
        const QString failed = ff::test::CliRunner::inEnglish(
            "ff::cli::InvestigateList", "%1 of %n customer(s) failed; the last: %2", 3)
                                   .arg(1)
                                   .section(QStringLiteral("%2"), 0, 0);
        QVERIFY2(run.err.contains(failed.toUtf8()), run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), run.out.count('\n'));
        // In the list's order (one at a time): Zoë's items, the failure, O'Brien's items.
        QStringList customers;
        for (const QJsonObject& line : lines) {
            if (customers.isEmpty() || customers.last() != line[QStringLiteral("Customer")].toString())
                customers.append(line[QStringLiteral("Customer")].toString());
        }
        QCOMPARE(customers, (QStringList { Zoe, Nobody, OBrien }));
        for (const QJsonObject& line : lines) {
            if (line[QStringLiteral("Customer")] != Nobody)
                continue;
            QCOMPARE(line.keys(),
                (QStringList {
                    QStringLiteral("Customer"), QStringLiteral("Error"), QStringLiteral("ExitCode") }));
            QCOMPARE(line[QStringLiteral("ExitCode")].toInt(), 3);
            QVERIFY(line[QStringLiteral("Error")].toString().contains(QStringLiteral("404")));
        }
        const QList<PurchaseOrder> orders = ordersOf(OBrien);
        const auto expected = CustomerInvestigation::run(
            orders, ff::RefundPolicy {}, *DateTimeOffset::parse(QStringView(Now)));
        compareItems(lines.mid(lines.size() - qsizetype(expected.size())), expected);
        // Read only: nothing but GETs.
        for (const QJsonValue& request : m_sandbox->requests())
            QCOMPARE(request[QStringLiteral("method")].toString(), QStringLiteral("GET"));

        // A list in which every customer fails alike ends with that failure's own code.
        const Run none = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), customersFile(QStringLiteral("nobody.txt"), { Nobody }) }));
        QCOMPARE(none.exitCode, 3);
        QCOMPARE(jsonLines(none.out).size(), 1);
    }

    void aListResumesWithoutFetchingFinishedCustomers()
    {
        const QString list = customersFile(QStringLiteral("resume.txt"), { Zoe, OBrien });
        const QString state = m_dir.filePath(QStringLiteral("resume.state"));
        // O'Brien's orders never come: the run is killed while it waits for them.
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("hang") },
            { QStringLiteral("pathContains"), QStringLiteral("o'brien") } } });
        const QStringList arguments = investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), list, QStringLiteral("--state"), state,
                QStringLiteral("--concurrency"), QStringLiteral("1") });
        const std::unique_ptr<QProcess> first = startCli(arguments);
        QVERIFY(QTest::qWaitFor(
            [&] {
                QFile file(state);
                return file.open(QIODevice::ReadOnly) && file.readAll().contains("\n");
            },
            30'000));
        QTRY_COMPARE_WITH_TIMEOUT(ordersRequestsFor(OBrien), 1, 10'000);
        first->kill();
        QVERIFY(first->waitForFinished(10'000));
        const QList<QJsonObject> before = jsonLines(first->readAllStandardOutput());
        QVERIFY(!before.isEmpty());
        for (const QJsonObject& line : before)
            QCOMPARE(line[QStringLiteral("Customer")].toString(), Zoe);

        m_sandbox->clearFaults();
        m_sandbox->clearRequests();
        const Run second = cli(arguments);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(ordersRequestsFor(Zoe), 0);
        QCOMPARE(ordersRequestsFor(OBrien), 1);
        const QList<QJsonObject> after = jsonLines(second.out);
        QVERIFY(!after.isEmpty());
        for (const QJsonObject& line : after)
            QCOMPARE(line[QStringLiteral("Customer")].toString(), OBrien);

        // A third run has nothing left to do.
        m_sandbox->clearRequests();
        const Run third = cli(arguments);
        QCOMPARE(third.exitCode, 0);
        QVERIFY(third.out.isEmpty());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void tooManyRequestsIsWaitedOut()
    {
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 429 },
            { QStringLiteral("pathContains"), QStringLiteral("PurchaseOrders") },
            { QStringLiteral("headers"),
                QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("1") } } } } });
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), customersFile(QStringLiteral("slow.txt"), { Zoe }) }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray asked = requestsTo(QStringLiteral("PurchaseOrders"));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0)[QStringLiteral("status")].toInt(), 429);
        QCOMPARE(asked.at(1)[QStringLiteral("status")].toInt(), 200);
        QVERIFY(!jsonLines(run.out).isEmpty());
        // Not a terminal: no progress line on stderr.
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void tooManyRequestsForTooLongFailsThatCustomerOnly()
    {
        // Retry-After is honoured twice, then the customer fails as a 429 alone would (5).
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 429 }, { QStringLiteral("count"), 3 },
            { QStringLiteral("pathContains"), QStringLiteral("o'brien") },
            { QStringLiteral("headers"),
                QJsonObject { { QStringLiteral("Retry-After"), QStringLiteral("1") } } } } });
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), customersFile(QStringLiteral("busy.txt"), { OBrien, Zoe }) }));
        QCOMPARE(run.exitCode, 8);
        QCOMPARE(ordersRequestsFor(OBrien), 3);
        QCOMPARE(ordersRequestsFor(Zoe), 1);
        bool failureLine = false;
        for (const QJsonObject& line : jsonLines(run.out)) {
            if (line[QStringLiteral("Customer")] == OBrien) {
                QCOMPARE(line[QStringLiteral("ExitCode")].toInt(), 5);
                failureLine = true;
            }
        }
        QVERIFY(failureLine);
    }

    void notAuthorisedStopsTheList()
    {
        // Every other customer would be refused the same way: none is tried after a 401.
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
            { QStringLiteral("status"), 401 },
            { QStringLiteral("pathContains"), QStringLiteral("PurchaseOrders") } } });
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"),
                customersFile(QStringLiteral("denied.txt"), { Zoe, OBrien, Nobody }),
                QStringLiteral("--concurrency"), QStringLiteral("1") }));
        QCOMPARE(run.exitCode, 4);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[QStringLiteral("Customer")].toString(), Zoe);
        QCOMPARE(lines.first()[QStringLiteral("ExitCode")].toInt(), 4);
        QCOMPARE(requestsTo(QStringLiteral("PurchaseOrders")).size(), 1);
        QVERIFY2(run.err.contains("the rest were not tried"), run.err.constData());
    }

    void anOutputThatCannotBeWrittenIsNotRecorded()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        const QString state = m_dir.filePath(QStringLiteral("full.state"));
        const QStringList arguments = investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), customersFile(QStringLiteral("full.txt"), { Zoe, OBrien }),
                QStringLiteral("--state"), state, QStringLiteral("--concurrency"), QStringLiteral("1") });
        // Every write to /dev/full fails (no space left): Zoë's lines never reach anyone.
        const Run full = ff::test::CliRunner(*m_sandbox, m_dir.filePath(QStringLiteral("audit.jsonl")))
                             .runWritingTo(QStringLiteral("/dev/full"), arguments);
        QCOMPARE(full.exitCode, 9);
        QCOMPARE(full.err.count('\n'), 1);
        QVERIFY2(full.err.contains("cannot write to stdout"), full.err.constData());
        // The run stopped at the first write that failed, and recorded no customer as done.
        QCOMPARE(ordersRequestsFor(Zoe), 1);
        QCOMPARE(ordersRequestsFor(OBrien), 0);
        QFile file(state);
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("\"Customer\""));

        // A resume fetches Zoë again, and this time her lines arrive.
        m_sandbox->clearRequests();
        const Run again = cli(arguments);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(ordersRequestsFor(Zoe), 1);
        QCOMPARE(ordersRequestsFor(OBrien), 1);
        QStringList customers;
        for (const QJsonObject& line : jsonLines(again.out)) {
            if (!customers.contains(line[QStringLiteral("Customer")].toString()))
                customers.append(line[QStringLiteral("Customer")].toString());
        }
        QCOMPARE(customers, (QStringList { Zoe, OBrien }));
    }

    void nothingIsSentAfterANotAuthorised()
    {
        // Both customers start together. O'Brien's orders are held back a second, so that Zoë's
        // first entitlement request goes out alone beside them, and is refused (401). The token is
        // bad for everyone: O'Brien's entitlements, queued once his orders come, must not be sent.
        m_sandbox->addFaults({ QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
                                   { QStringLiteral("ms"), 1000 },
                                   { QStringLiteral("pathContains"), QStringLiteral("o'brien") } },
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
                { QStringLiteral("status"), 401 },
                { QStringLiteral("pathContains"), QStringLiteral("/api/Entitlement/") } } });
        const QString state = m_dir.filePath(QStringLiteral("refused.state"));
        const Run run = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"),
                customersFile(QStringLiteral("refused.txt"), { Zoe, OBrien, Nobody }),
                QStringLiteral("--entitlements"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                QStringLiteral("--state"), state }));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("the rest were not tried"), run.err.constData());

        // From the sandbox's log: the 401 is the last request it received.
        const QJsonArray requests = m_sandbox->requests();
        QVERIFY(!requests.isEmpty());
        qsizetype refused = -1;
        for (qsizetype i = 0; i < requests.size() && refused < 0; ++i)
            refused = requests.at(i)[QStringLiteral("status")].toInt() == 401 ? i : -1;
        QVERIFY(refused >= 0);
        QCOMPARE(refused, requests.size() - 1);
        QCOMPARE(ordersRequestsFor(Nobody), 0);

        // One line, Zoë's failure; O'Brien is neither written nor recorded as done.
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[QStringLiteral("Customer")].toString(), Zoe);
        QCOMPARE(lines.first()[QStringLiteral("ExitCode")].toInt(), 4);
        QFile file(state);
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("\"Customer\""));
    }

    void aStateFileKeepsTheOptionsItWasBegunWith()
    {
        const QString list = customersFile(QStringLiteral("options.txt"), { Zoe });
        const QString state = m_dir.filePath(QStringLiteral("options.state"));
        const QString policy = m_dir.filePath(QStringLiteral("options-policy.json"));
        const auto writePolicy = [&policy](const QByteArray& json) {
            QFile file(policy);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
        };
        QVERIFY(writePolicy(R"({"WatchedPercent": 80})"));
        const QStringList listArguments
            = { QStringLiteral("--customers"), list, QStringLiteral("--state"), state };
        const QStringList begun = investigate(QStringLiteral("jsonl"),
            listArguments
                + QStringList { QStringLiteral("--entitlements"), QStringLiteral("--policy"), policy });
        const Run first = cli(begun);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(ordersRequestsFor(Zoe), 1);

        // Resuming with any option that shapes the results otherwise is refused before anything is
        // sent: the file's customers were worked out with the first ones.
        const QStringList withoutAt = QStringList { QStringLiteral("--format"), QStringLiteral("jsonl"),
            QStringLiteral("investigate"), QStringLiteral("--affiliate"), QString::number(m_affiliate) };
        const QStringList same = { QStringLiteral("--entitlements"), QStringLiteral("--policy"), policy };
        const QList<std::pair<QStringList, QByteArray>> refused {
            { withoutAt + listArguments + same, "--at" },
            { begun + QStringList { QStringLiteral("--at"), QStringLiteral("2026-03-07T12:00:00Z") },
                "--at" },
            { investigate(QStringLiteral("jsonl"),
                  listArguments + QStringList { QStringLiteral("--policy"), policy }),
                "--entitlements" },
            { begun + QStringList { QStringLiteral("--candidates-only") }, "--candidates-only" },
            { investigate(
                  QStringLiteral("jsonl"), listArguments + QStringList { QStringLiteral("--entitlements") }),
                "--policy" },
        };
        for (const auto& [arguments, option] : refused) {
            m_sandbox->clearRequests();
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.contains("--state") && run.err.contains(option), run.err.constData());
            QCOMPARE(m_sandbox->requests().size(), 0);
        }
        // The policy file's content counts, not its name: the same file, changed, is refused too.
        QVERIFY(writePolicy(R"({"WatchedPercent": 70})"));
        const Run changed = cli(begun);
        QCOMPARE(changed.exitCode, 2);
        QVERIFY2(changed.err.contains("--policy"), changed.err.constData());

        // The same options resume as before: nothing left to do. The same instant written with
        // another offset is the same --at.
        QVERIFY(writePolicy(R"({"WatchedPercent": 80})"));
        m_sandbox->clearRequests();
        const Run resumed = cli(begun);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY(resumed.out.isEmpty());
        QStringList otherOffset = begun;
        otherOffset[otherOffset.indexOf(Now)] = QStringLiteral("2026-03-06T13:00:00+01:00");
        const Run offset = cli(otherOffset);
        QVERIFY2(offset.exitCode == 0, offset.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);

        // A state file written before options were kept resumes with any.
        const QString older = m_dir.filePath(QStringLiteral("older.state"));
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral("{\"AffiliateId\":%1,\"Customer\":\"%2\"}\n").arg(m_affiliate).arg(Zoe).toUtf8());
        file.close();
        const Run old = cli(investigate(QStringLiteral("jsonl"),
            { QStringLiteral("--customers"), list, QStringLiteral("--state"), older,
                QStringLiteral("--candidates-only") }));
        QVERIFY2(old.exitCode == 0, old.err.constData());
        QCOMPARE(m_sandbox->requests().size(), 0);
    }

    void progressOnlyOnATerminal()
    {
        // util-linux's script gives the CLI a terminal for stderr while stdout goes to a file.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux's script is not installed: no terminal to run the CLI on");
        const auto quoted = [](const QString& word) -> QString {
            return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
        };
        const QString out = m_dir.filePath(QStringLiteral("progress.jsonl"));
        QString command = quoted(qEnvironmentVariable("FFCONSOLE_CLI")) + QStringLiteral(" --base-url ")
            + quoted(m_sandbox->url().toString());
        for (const QString& argument :
            investigate(QStringLiteral("jsonl"),
                { QStringLiteral("--customers"), customersFile(QStringLiteral("two.txt"), { Zoe, OBrien }) }))
            command += u' ' + quoted(argument);
        command += QStringLiteral(" > ") + quoted(out);
        const ff::test::CliRunner::Run run = ff::test::CliRunner::runProgram(script,
            { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") },
            ff::test::CliRunner::environmentWith(
                { { QStringLiteral("FFCONSOLE_TOKEN"), m_sandbox->token() } }));
        QCOMPARE(run.exitCode, 0);
        const QByteArray terminal = run.out;
        const QString progress
            = ff::test::CliRunner::inEnglish("ff::cli::InvestigateList", "%1 of %n customer(s), %2 failed", 2)
                  .arg(2)
                  .arg(0);
        QVERIFY2(terminal.contains(progress.toUtf8()), terminal.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lines = file.readAll();
        QVERIFY(!lines.contains("customers,"));
        QVERIFY(!lines.contains(progress.toUtf8()));
        QCOMPARE(jsonLines(lines).size(), lines.count('\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliInvestigate)
#include "tst_cli_investigate.moc"
