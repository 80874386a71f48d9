// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ff::ui {

class ConnectionSession;

// The page shown while no customer is open: how to find one, the main shortcuts, and on the
// built-in sandbox its test customers, one click away.
class WelcomePage final : public QLabel
{
    Q_OBJECT

public:
    explicit WelcomePage(const ConnectionSession* session, QWidget* parent = nullptr);

    // Offers the test customers the session knows of now (none, but on the sandbox).
    void refresh();

signals:
    void customerChosen(const QString& affiliate, const QString& username);

private:
    const ConnectionSession* m_session;
};

} // namespace ff::ui
