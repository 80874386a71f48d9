// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/auth/CredentialStore.h"
#include "api/profile/ConnectionProfile.h"
#include "ui/profiles/ProfilesDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace ff;
using namespace ff::ui;

// The profile form as an agent or their admin fills it in: it offers what the chosen
// authentication uses, and nothing of the built-in sandbox's connection.
class TestProfilesDialog : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile staging()
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Staging");
        profile.platformUrl = QUrl(QStringLiteral("https://staging.filmflex.example/"));
        profile.adminUrl = profile.platformUrl;
        return profile;
    }

private slots:
    void theFormOffersWhatTheAuthenticationUses()
    {
        // Nothing here reaches the keychain: only the form is looked at.
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ProfilesDialog dialog({ staging() }, &credentials, true);
        auto* scheme = dialog.findChild<QComboBox*>(QStringLiteral("authScheme"));
        auto* header = dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyHeader"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("basicUser"));
        auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        QVERIFY(scheme && header && user && secret);

        scheme->setCurrentIndex(scheme->findData(QStringLiteral("bearer")));
        QVERIFY(!header->isEnabled());
        QVERIFY(!user->isEnabled());
        QVERIFY(secret->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("apikey")));
        QVERIFY(header->isEnabled());
        QVERIFY(!user->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("basic")));
        QVERIFY(!header->isEnabled());
        QVERIFY(user->isEnabled());
        QVERIFY(secret->isEnabled());
        scheme->setCurrentIndex(scheme->findData(QStringLiteral("none")));
        QVERIFY(!secret->isEnabled());
    }

    void theBuiltInSandboxsConnectionCannotBeEdited()
    {
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ConnectionProfile sandbox;
        sandbox.name = QStringLiteral("Sandbox (test data)");
        sandbox.isBuiltInSandbox = true;
        sandbox.platformUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
        ProfilesDialog dialog({ sandbox }, &credentials, true);
        for (const char* name : { "authScheme", "apiKeyHeader", "basicUser", "secret" }) {
            auto* field = dialog.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(field && !field->isEnabled(), name);
        }
    }

    void withoutAKeychainNoSecretIsAskedForHere()
    {
        CredentialStore credentials(QStringLiteral("FilmFlex Agent Console tests"));
        ProfilesDialog dialog({ staging() }, &credentials, false);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->isEnabled());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
