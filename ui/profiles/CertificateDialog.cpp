// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ff::ui {

CertificateDialog::CertificateDialog(
    const QString& profileName, const CertificateProblem& problem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    setObjectName(QStringLiteral("certificateDialog"));
    resize(640, 380);
    const QString where = problem.where();
    QString explanation
        = tr("The server %1 of profile “%2” presented a certificate this computer does not trust, so nothing "
             "was sent.")
              .arg(where, profileName);
    if (problem.trustable)
        explanation += QLatin1Char(' ')
            + tr(
                "Trust it only if your IT team has told you this certificate is expected (for example an "
                "internal test server). It is then trusted for %1 only, and asked about again if it changes.")
                  .arg(where);
    else
        explanation += QStringLiteral("\n\n") + problem.whyNotTrustable + QStringLiteral("\n\n")
            + tr("This cannot be trusted from here. Check the profile's URL, or ask your IT team.");
    auto* intro = new QLabel(explanation, this);
    intro->setObjectName(QStringLiteral("certificateExplanation"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* text = new QPlainTextEdit(problem.details.join(QStringLiteral("\n\n")), this);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Certificate details"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (problem.trustable) {
        QPushButton* trust
            = buttons->addButton(tr("Trust this certificate for %1 in “%2”").arg(where, profileName),
                QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustCertificate"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this, trusted = problem.trust()] {
            emit trustRequested(trusted);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
}

} // namespace ff::ui
