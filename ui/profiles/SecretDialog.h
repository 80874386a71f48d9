// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace ff::ui {

// Asks for a profile's secret when the keychain has none (or there is no keychain). The secret
// goes to the keychain only if the agent ticks "Remember", and never anywhere else.
class SecretDialog final : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(
        const QString& profileName, const QString& reason, bool canRemember, QWidget* parent = nullptr);

    QString secret() const;
    bool remember() const;

private:
    QLineEdit* m_secret;
    QCheckBox* m_remember;
};

} // namespace ff::ui
