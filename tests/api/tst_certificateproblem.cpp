// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client/CertificateProblem.h"

#include <QFile>
#include <QSslError>
#include <QTest>
#include <QUrl>

using namespace ff;

// What trusting a certificate from the dialog covers. A server of an internal certificate
// authority may send the authority's certificate in its chain, and the errors then name only
// the authority: trust must still be for the server's own certificate, so that a different
// certificate from the same authority on the same host and port is asked about again.
class TestCertificateProblem : public QObject
{
    Q_OBJECT

private:
    static QSslCertificate fixture(const char* name)
    {
        QFile file(QStringLiteral(FFCONSOLE_FIXTURES_DIR "/tls/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(file.readAll());
    }
    static QString fingerprintOf(const QSslCertificate& certificate)
    {
        return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    }

    const QUrl m_url { QStringLiteral("https://media.internal:8443/") };
    QSslCertificate m_authority = fixture("renewed.pem"); // stands for the internal CA
    QSslCertificate m_server = fixture("untrusted.pem");
    QSslCertificate m_otherServer = fixture("wrong-name.pem");

private slots:
    void initTestCase()
    {
        QVERIFY(!m_authority.isNull());
        QVERIFY(!m_server.isNull());
        QVERIFY(!m_otherServer.isNull());
    }

    void trustCoversTheServersOwnCertificateWhenOnlyItsAuthorityIsNamed()
    {
        const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificateInChain, m_authority) };
        const CertificateProblem problem = CertificateProblem::of(errors, m_url, m_server);
        QVERIFY(problem.trustable);
        QVERIFY(problem.fingerprints.contains(fingerprintOf(m_server)));
        const QList<TrustedCertificate> trusted = problem.trust();
        QVERIFY(problem.isTrustedBy(trusted));

        // Another certificate from the same authority, same host and port: asked about again.
        const CertificateProblem renewed = CertificateProblem::of(errors, m_url, m_otherServer);
        QVERIFY(renewed.trustable);
        QVERIFY(!renewed.isTrustedBy(trusted));
    }

    void trustIsForItsHostAndPort()
    {
        const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificate, m_server) };
        const QList<TrustedCertificate> trusted = CertificateProblem::of(errors, m_url, m_server).trust();
        const CertificateProblem otherPort
            = CertificateProblem::of(errors, QUrl(QStringLiteral("https://media.internal:9443/")), m_server);
        QVERIFY(!otherPort.isTrustedBy(trusted));
    }

    void aNameMismatchIsNeverTrustable()
    {
        const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificate, m_server),
            QSslError(QSslError::HostNameMismatch, m_server) };
        const CertificateProblem problem = CertificateProblem::of(errors, m_url, m_server);
        QVERIFY(!problem.trustable);
        QVERIFY(problem.trust().isEmpty());
        QVERIFY(!problem.whyNotTrustable.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateProblem)
#include "tst_certificateproblem.moc"
