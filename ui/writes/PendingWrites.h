// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace ff::ui {

// The writes of this session whose outcome is not yet seen: their answer said nothing certain,
// and no read made after the grace period has found out. The same write (an add-item to that
// order, an acknowledgement of that item) may not be sent again while one is here, from any
// dialog or tab, even after the dialog that sent it was closed: then it stays for the rest of
// the session. Owned by the window, one per session; a write dialog adds its write when its
// outcome turns unknown and removes it once reading back has found out.
class PendingWrites final : public QObject
{
    Q_OBJECT

public:
    explicit PendingWrites(QObject* parent = nullptr);

    // key: which write, e.g. "https://api.example/|add-item|1001"; what: it in words.
    void add(const QString& key, const QString& what);
    void remove(const QString& key);
    // What blocks a write with this key, in words, if anything does.
    std::optional<QString> blocking(const QString& key) const;

signals:
    void changed();

private:
    QHash<QString, QString> m_pending;
};

} // namespace ff::ui
