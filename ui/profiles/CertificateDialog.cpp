// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff::ui {

CertificateDialog::CertificateDialog(
    const QString& profileName, const QStringList& details, const QStringList& fingerprints, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    setObjectName(QStringLiteral("certificateDialog"));
    resize(640, 360);
    auto* intro = new QLabel(
        tr("The server of profile “%1” presented a certificate this computer does not trust, so nothing "
           "was sent. Trust it only if your IT team has told you this certificate is expected "
           "(for example an internal test server).")
            .arg(profileName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* text = new QPlainTextEdit(details.join(QStringLiteral("\n\n")), this);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Certificate details"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* trust = buttons->addButton(
        tr("Trust this certificate for “%1”").arg(profileName), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificate"));
    trust->setEnabled(!fingerprints.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, [this, fingerprints] {
        emit trustRequested(fingerprints);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
}

} // namespace ff::ui
