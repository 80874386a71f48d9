// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/profile/ConnectionProfile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace ff {
class CredentialStore;
}

namespace ff::ui {

// Connection ▸ Profiles: where each profile connects (platform and admin URLs), how it
// authenticates, and the rest of its settings. Secrets typed here go to the keychain, under the
// profile's id, when the agent saves; the settings file never sees them. Nothing is changed, in
// the keychain either, until Save: a profile removed and then cancelled keeps its secret.
// Each affiliate also has its time zone and its refund policy (JSON, checked on Save by
// RefundPolicyJson's rules), both locked in a read-only profile.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(QList<ConnectionProfile> profiles, CredentialStore* credentials, bool keychainAvailable,
        QWidget* parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }

signals:
    void profilesSaved(const QList<ff::ConnectionProfile>& profiles);

private:
    void showProfile(int row);
    void storeForm();
    // Only what the form's profile can change: nothing of the built-in sandbox's connection, the
    // header name only for an API key, the user name only for basic, no secret for none.
    void updateEnabledFields();
    // An affiliate's time zone and refund policy can be changed only in a profile that is not
    // read-only.
    void lockRefundSettings();
    void addProfile();
    void removeProfile();
    void save();
    QString validate() const;

    QList<ConnectionProfile> m_profiles;
    QHash<QString, QString> m_newSecrets; // profile id → secret typed here, until saved
    QStringList m_removedIds; // profiles removed here: their secrets go once saved
    CredentialStore* m_credentials;
    bool m_keychainAvailable;
    int m_current = -1;

    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_platformUrl;
    QLineEdit* m_adminUrl;
    QComboBox* m_auth;
    QLineEdit* m_apiKeyHeader;
    QLineEdit* m_basicUser;
    QLineEdit* m_secret;
    QSpinBox* m_timeout;
    QLineEdit* m_proxy;
    QCheckBox* m_production;
    QCheckBox* m_readOnly;
    QCheckBox* m_insecure;
    QTableWidget* m_affiliates;
    QLabel* m_problem;
};

} // namespace ff::ui
