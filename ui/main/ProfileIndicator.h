// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QToolButton>

class QMenu;

namespace ff::ui {

// The active profile, always in sight at the top left: its name in a colour that says where it
// connects (Production in red, the sandbox in green), what is special about it (read-only,
// insecure http, extra trusted certificates), and a menu to switch to another.
class ProfileIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit ProfileIndicator(QWidget* parent = nullptr);

    void showProfile(const ConnectionProfile& profile);
    // The profiles to switch to, the active one checked.
    void setProfiles(const QList<ConnectionProfile>& profiles, const QString& active);
    QMenu* profileMenu() const { return m_menu; }

signals:
    void switchRequested(const ff::ConnectionProfile& profile);
    void manageRequested();

private:
    QMenu* m_menu;
};

} // namespace ff::ui
