// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/CertificateProblem.h"

#include <QDialog>

namespace ff::ui {

// A server certificate the system does not trust, shown in full with the server (host and port)
// it came from. When its issuer is merely unknown (self-signed, an internal CA) the agent may
// trust this exact certificate, for this host and port, for one profile; a certificate for
// another name, or otherwise broken, is explained and offers no trust at all.
class CertificateDialog final : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(
        const QString& profileName, const CertificateProblem& problem, QWidget* parent = nullptr);

signals:
    void trustRequested(const QList<ff::TrustedCertificate>& trusted);
};

} // namespace ff::ui
