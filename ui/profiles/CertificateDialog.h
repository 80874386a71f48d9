// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ff::ui {

// A server certificate the system does not trust, shown in full, with the choice to trust this
// exact certificate (by its SHA-256 fingerprint) for one profile. Nothing is trusted otherwise.
class CertificateDialog final : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString& profileName, const QStringList& details, const QStringList& fingerprints,
        QWidget* parent = nullptr);

signals:
    void trustRequested(const QStringList& fingerprints);
};

} // namespace ff::ui
