// SPDX-License-Identifier: GPL-3.0-or-later
// The same seed gives the same data, release after release: tests and screenshots name the
// sandbox's customers, orders and ids. Every read endpoint is fetched for every customer that
// /_sandbox/info lists (orders; account purchases in JSON and in XML; every entitlement of the
// customer's supplier refs, alone and with its family; /_sandbox/info itself) with a fixed
// --seed and --now, with and without --scale, and the SHA-256 of each body is compared with
// golden/responses.sha256 (status and body), taken from the sandbox as it was before its data became JSON
// resources.
//
// FFCONSOLE_GOLDEN_DUMP=DIR also writes every body to DIR (diff -r two dumps to see what moved);
// FFCONSOLE_GOLDEN_WRITE=1 rewrites the digest file, for a change that means to alter the data.

#include "api/core/GuidText.h"
#include "tests/support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ff;
using ff::test::SandboxProcess;
using namespace Qt::StringLiterals;

namespace {

const QString DigestFile = QStringLiteral(FFCONSOLE_GOLDEN_DIR "/responses.sha256");

struct Configuration
{
    QString name;
    QStringList arguments;
};

const QList<Configuration>& configurations()
{
    static const QList<Configuration> list {
        { QStringLiteral("seed7"),
            { QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--now"),
                QStringLiteral("2025-09-04T12:00:00Z") } },
        { QStringLiteral("seed1-scale1000"),
            { QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--now"),
                QStringLiteral("2026-02-14T08:30:00+01:00"), QStringLiteral("--scale"),
                QStringLiteral("1000") } },
        { QStringLiteral("seed42-references"),
            { QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--now"),
                QStringLiteral("2024-12-31T23:00:00Z"), QStringLiteral("--json-references") } },
    };
    return list;
}

QByteArray encoded(const QString& segment)
{
    return QUrl::toPercentEncoding(segment);
}

} // namespace

class TestSandboxGolden : public QObject
{
    Q_OBJECT

private:
    // "configuration/what" -> digest, in the order fetched.
    QList<std::pair<QString, QByteArray>> m_digests;
    QString m_dump = qEnvironmentVariable("FFCONSOLE_GOLDEN_DUMP");
    QStringList m_missing; // requests that got no answer at all

    void record(const QString& name, const QByteArray& body)
    {
        m_digests.append({ name, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() });
        if (m_dump.isEmpty())
            return;
        const QString path = m_dump + u'/' + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
    }

    // The status and body of the answer; a missing answer fails the test. A 404 is data too:
    // a supplier ref whose every item was deleted has no current entitlement.
    QByteArray fetch(SandboxProcess& sandbox, const QByteArray& pathAndQuery, bool xml = false)
    {
        SandboxProcess::Call call;
        call.pathAndQuery = pathAndQuery;
        call.control = pathAndQuery.startsWith("_sandbox/");
        call.timeoutMs = 60'000;
        call.allowLargeDecompression = true;
        if (xml)
            call.headers.emplace_back("Accept", "application/xml");
        const SandboxProcess::Reply reply = sandbox.call(call);
        if (reply.status == 0)
            m_missing.append(QString::fromLatin1(pathAndQuery));
        return QByteArray::number(reply.status) + '\n' + reply.body;
    }

    void capture(const Configuration& configuration)
    {
        SandboxProcess sandbox(configuration.arguments);
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.errorString()));
        const QString prefix = configuration.name + u'/';
        record(prefix + u"info.json"_s, fetch(sandbox, "_sandbox/info"));
        const QList<SandboxCustomer> customers
            = sandbox.sandboxInfo().customers.value_or(QList<SandboxCustomer>());
        QVERIFY(customers.size() >= 24);
        for (const SandboxCustomer& customer : customers) {
            const int affiliate = int(customer.affiliateId.value_or(0));
            const QString username = customer.username.value_or(QString());
            // Percent-encoded, so that a name such as "o'brien+test/../x@…" stays one segment.
            const QString who
                = prefix + QString::number(affiliate) + u'/' + QString::fromLatin1(encoded(username)) + u'/';
            record(who + u"orders.json"_s,
                fetch(sandbox,
                    "api/Customer/PurchaseOrders/" + QByteArray::number(affiliate) + '/' + encoded(username)
                        + "?v=2.0"));
            const QByteArray purchases = "api/v1/admin/accounts/"
                + GuidText::toText(customer.customerId.value_or(QUuid())) + "/purchases";
            record(who + u"purchases.json"_s, fetch(sandbox, purchases));
            record(who + u"purchases.xml"_s, fetch(sandbox, purchases, true));
            // Every entitlement of the customer in one digest, alone and with its family.
            QByteArray entitlements;
            for (const QString& ref : customer.supplierRefs.value_or(QList<QString>())) {
                for (const char* family : { "false", "true" }) {
                    entitlements += fetch(sandbox,
                                        "api/Entitlement/" + QByteArray::number(affiliate) + '/'
                                            + encoded(ref) + "?includeParentAndChildren=" + family + "&v=2.0")
                        + '\n';
                }
            }
            record(who + u"entitlements.json"_s, entitlements);
        }
    }

private slots:
    void sameSeedSameResponsesAsBefore()
    {
        for (const Configuration& configuration : configurations()) {
            capture(configuration);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(m_missing.isEmpty(), qPrintable(m_missing.join(u", "_s)));
        QByteArray lines;
        for (const auto& [name, digest] : m_digests)
            lines += digest + "  " + name.toUtf8() + '\n';
        if (qEnvironmentVariableIntValue("FFCONSOLE_GOLDEN_WRITE") == 1) {
            QFile out(DigestFile);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(lines);
            QSKIP("golden/responses.sha256 written");
        }
        QFile in(DigestFile);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(DigestFile));
        const QList<QByteArray> expected = in.readAll().split('\n');
        const QList<QByteArray> actual = lines.split('\n');
        for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i)
            QCOMPARE(actual.value(i), expected.value(i));
    }
};

QTEST_GUILESS_MAIN(TestSandboxGolden)
#include "tst_sandbox_golden.moc"
