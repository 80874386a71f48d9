// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/ConnectionState.h"

#include "ui/profiles/SecretPrompt.h"
#include "ui/session/ConnectionSession.h"

namespace ff::ui {

ConnectionState::ConnectionState(
    const ConnectionSession* session, const SecretPrompt* secrets, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionState"));
    setTextFormat(Qt::PlainText);
    connect(session, &ConnectionSession::profileChanged, this,
        [this](const ConnectionProfile& profile) { setText(tr("Connecting to %1…").arg(profile.name)); });
    connect(session, &ConnectionSession::ready, this, [this, session] {
        const ConnectionProfile& profile = session->profile();
        setText(tr("Connected: %1 (%2)").arg(profile.name, profile.platformUrl.toDisplayString()));
    });
    connect(session, &ConnectionSession::failed, this, [this] { setText(tr("Not connected")); });
    connect(secrets, &SecretPrompt::asking, this, [this](const ConnectionProfile& profile) {
        setText(tr("Waiting for the secret of %1").arg(profile.name));
    });
    connect(secrets, &SecretPrompt::declined, this, [this] { setText(tr("Not connected")); });
}

} // namespace ff::ui
