// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff::ui {

class ConnectionSession;
class SecretPrompt;

// Where the connection stands, at the bottom right of the window: connecting, waiting for the
// secret, connected (to which URL), or not connected.
class ConnectionState final : public QLabel
{
    Q_OBJECT

public:
    ConnectionState(const ConnectionSession* session, const SecretPrompt* secrets, QWidget* parent = nullptr);
};

} // namespace ff::ui
