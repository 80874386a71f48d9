// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QSettings;

namespace ff::ui {

// View ▸ Language: the system's language or one the console is translated into, each named in
// its own language so that an agent who cannot read the current one still finds theirs. The
// choice is saved at once and takes effect at the next start (as in qBittorrent and KeePassXC):
// a window rebuilt in place would lose what the agent is doing.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(QSettings* settings, QWidget* parent = nullptr);

signals:
    // A language other than the one in effect was chosen; its name, in that language.
    void chosenForNextStart(const QString& name);

private:
    void choose(const QString& language);

    QSettings* m_settings;
};

} // namespace ff::ui
