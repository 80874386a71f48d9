// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/SecretPrompt.h"

#include "ui/profiles/SecretDialog.h"
#include "ui/session/ConnectionSession.h"

#include <QApplication>

namespace ff::ui {

SecretPrompt::SecretPrompt(ConnectionSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    connect(m_session, &ConnectionSession::secretNeeded, this, &SecretPrompt::ask);
}

void SecretPrompt::ask(const ConnectionProfile& profile, const QString& reason, bool canRemember)
{
    emit asking(profile);
    QWidget* over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    auto* dialog = new SecretDialog(profile.name, reason, canRemember, over);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_session->provideSecret(dialog->secret(), dialog->remember()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->declineSecret();
        if (!m_session->client())
            emit declined(); // else renewing was declined: the connection stays as it was
    });
    dialog->open();
}

} // namespace ff::ui
