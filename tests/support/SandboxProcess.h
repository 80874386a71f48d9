// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PurchaseOrder.h"
#include "api/launcher/SandboxInfo.h"
#include "api/launcher/SandboxLauncher.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <utility>

namespace ff::test {

// A real ffconsole-sandbox for one test: started from $FFCONSOLE_SANDBOX (set by ctest) on a
// free port with --quiet --exit-with-parent and any extra arguments, waited for synchronously,
// and killed in the destructor. It also speaks to the sandbox's control API (/_sandbox/...,
// with the control token) and makes plain HTTP calls with the sandbox's credentials, for tests
// that look at raw replies.
class SandboxProcess final
{
public:
    struct Reply
    {
        int status = 0; // 0 when no HTTP answer arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(QByteArrayView name) const;
    };
    struct Call
    {
        QByteArray method = "GET";
        QByteArray pathAndQuery; // percent-encoded, after the base URL's "/", e.g. "api/Purchase/5?v=2.0"
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool authenticate = true;
        // Sends the control token, as every /_sandbox/ request needs.
        bool control = false;
        int timeoutMs = 15'000;
        // Qt refuses to inflate more than 10 MiB at over 40:1 unless told; big responses need this.
        bool allowLargeDecompression = false;
    };

    explicit SandboxProcess(const QStringList& extraArguments = {},
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // $FFCONSOLE_SANDBOX, or the launcher's default.
    static QString program();

    bool isReady() const { return m_launcher.isReady(); }
    // Why it did not start, when it did not.
    const QString& errorString() const { return m_error; }
    const SandboxEndpoint& endpoint() const { return m_launcher.endpoint(); }
    QUrl url() const { return endpoint().baseUrl; }
    QString token() const { return m_token; }
    QString controlToken() const { return endpoint().controlToken; }
    qint64 processId() const { return m_launcher.processId(); }

    // The credentials header this sandbox expects (name, value).
    std::pair<QByteArray, QByteArray> credentials() const;
    Reply call(const Call& call);
    Reply get(const QByteArray& pathAndQuery, bool authenticate = true);

    // What /_sandbox/info says, read as the console reads it (SandboxInfoReader); a failed read
    // fails the test and gives an empty description.
    SandboxInfo sandboxInfo();
    // The customer with this username as sandboxInfo() lists it.
    std::optional<SandboxCustomer> findCustomer(const QString& username);
    // A customer's purchase orders as the sandbox serves them, read as the client reads them;
    // none when the answer is not a 200 that reads.
    QList<PurchaseOrder> purchaseOrders(qint64 affiliate, const QString& customer);

    void addFaults(const QJsonArray& faults);
    void clearFaults();
    QJsonArray requests();
    void clearRequests();
    // Rotates the token; the new one is used by call() from then on.
    QString rotateToken();

    // Stops the sandbox (SIGTERM) and waits for it to exit.
    bool stop(int timeoutMs = 5000);

private:
    QJsonDocument control(const QByteArray& method, const QByteArray& path, const QByteArray& body = {});

    QNetworkAccessManager m_network;
    SandboxLauncher m_launcher;
    QString m_error;
    QString m_token;
};

} // namespace ff::test
