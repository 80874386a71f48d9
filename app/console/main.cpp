// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "api/profile/ProfileStore.h"
#include "app/console/FirstPaintReporter.h"
#include "models/AgentLanguage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Theme.h"
#include "ui/session/ConnectionSession.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FilmFlex"));
    QApplication::setApplicationName(QStringLiteral("AgentConsole"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("example.filmflex.AgentConsole")); // the installed launcher entry, for the task bar
    QApplication::setApplicationDisplayName(QStringLiteral("FilmFlex Agent Console"));
    QApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));

    // The language first: everything after it, --help included, speaks it.
    const auto settings = ff::ProfileStore::openSettings();
    ff::AgentLanguage::apply(ff::AgentLanguage::localeFor(ff::AgentLanguage::chosen(*settings)), &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ffconsole", "A desktop console for FilmFlex customer service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("ffconsole", "Start the built-in sandbox and connect to it."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("ffconsole", "Connect with this saved profile."),
        QCoreApplication::translate("ffconsole", "NAME", "the value of --profile in --help"));
    parser.addOptions({ sandbox, profile });
    parser.process(app);

    ff::ui::Theme::apply(settings->value(QStringLiteral("window/dark"), false).toBool());

    ff::CredentialStore credentials;
    ff::ui::ConnectionSession session(&credentials);
    const ff::AuditLog audit;
    ff::ui::MainWindow window(&session, &credentials, audit);
    if (qEnvironmentVariableIsSet("FFCONSOLE_REPORT_FIRST_PAINT"))
        new ff::app::FirstPaintReporter(&window); // the benchmark of the cold start
    window.show();
    if (parser.isSet(sandbox))
        window.startSandbox();
    else
        window.startWithSavedProfiles(parser.value(profile));
    return QApplication::exec();
}
