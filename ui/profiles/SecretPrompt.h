// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QObject>

class QWidget;

namespace ff::ui {

class ConnectionSession;

// Asks the agent for a profile's secret whenever the session needs one (none stored, no
// keychain, or the server refused it mid-session), and hands the answer to the session. The
// dialog opens over a write dialog if one is open (a write refused with 401), else over the window.
class SecretPrompt final : public QObject
{
    Q_OBJECT

public:
    SecretPrompt(ConnectionSession* session, QWidget* window);

signals:
    void asking(const ff::ConnectionProfile& profile);
    // The agent gave no secret, and there is no connection to carry on with.
    void declined();

private:
    void ask(const ConnectionProfile& profile, const QString& reason, bool canRemember);

    ConnectionSession* m_session;
    QWidget* m_window;
};

} // namespace ff::ui
