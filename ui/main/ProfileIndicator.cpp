// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ProfileIndicator.h"

#include "models/DisplayFormat.h"
#include "ui/widgets/PlainText.h"

#include <QMenu>

namespace ff::ui {

ProfileIndicator::ProfileIndicator(QWidget* parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("profileIndicator"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setAutoFillBackground(true);
    setAccessibleName(tr("Active connection profile"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void ProfileIndicator::showProfile(const ConnectionProfile& profile)
{
    QString label = profile.name;
    QColor colour(0x5a, 0x6b, 0x7b);
    if (profile.isProduction) {
        label = tr("● PRODUCTION: %1").arg(profile.name);
        colour = QColor(0xc6, 0x28, 0x28);
    } else if (profile.isBuiltInSandbox) {
        label = tr("Sandbox (test data)");
        colour = QColor(0x2e, 0x7d, 0x32);
    }
    if (profile.readOnly)
        label += tr(" · read-only");
    if (profile.allowInsecureHttp)
        label += tr(" · insecure http allowed");
    if (!profile.trustedCertificates.isEmpty())
        label += tr(" · trusts %n extra certificate(s)", nullptr, int(profile.trustedCertificates.size()));
    // The profile's name as the agent typed it: an "&" or markup in it shows as it is.
    setText(PlainText::forMnemonicText(label));
    QString tip = tr("Connected through profile “%1”. Click to switch.").arg(profile.name);
    if (!profile.trustedCertificates.isEmpty())
        tip += QLatin1Char('\n') + tr("Certificates trusted for this profile (server, SHA-256):");
    for (const TrustedCertificate& trusted : profile.trustedCertificates)
        tip += QStringLiteral("\n%1:%2  %3").arg(trusted.host).arg(trusted.port).arg(trusted.sha256);
    setToolTip(DisplayFormat::toolTip(tip));
    setStyleSheet(
        QStringLiteral("QToolButton#profileIndicator { background: %1; color: white; font-weight: bold; "
                       "padding: 4px 10px; border-radius: 3px; }")
            .arg(colour.name()));
}

void ProfileIndicator::setProfiles(const QList<ConnectionProfile>& profiles, const QString& active)
{
    m_menu->clear();
    for (const ConnectionProfile& profile : profiles) {
        const QString name = profile.isProduction ? tr("%1 (production)").arg(profile.name) : profile.name;
        QAction* item = m_menu->addAction(PlainText::forMnemonicText(name));
        item->setToolTip(DisplayFormat::toolTip(name)); // else made of the text, and taken for markup
        item->setCheckable(true);
        item->setChecked(profile.name == active);
        connect(item, &QAction::triggered, this, [this, profile] { emit switchRequested(profile); });
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Manage profiles…")), &QAction::triggered, this,
        &ProfileIndicator::manageRequested);
    if (active.isEmpty())
        setText(tr("No profile"));
}

} // namespace ff::ui
