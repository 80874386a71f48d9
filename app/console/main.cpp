// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/audit/AuditLog.h"
#include "api/auth/CredentialStore.h"
#include "api/profile/ProfileStore.h"
#include "app/console/FirstPaintReporter.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Theme.h"
#include "ui/session/ConnectionSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FilmFlex"));
    QApplication::setApplicationName(QStringLiteral("AgentConsole"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("ffconsole")); // the installed launcher entry, for the task bar
    QApplication::setApplicationDisplayName(QStringLiteral("FilmFlex Agent Console"));
    QApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));

    QTranslator qtTranslations;
    if (qtTranslations.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslations);
    QTranslator translations;
    if (translations.load(
            QLocale(), QStringLiteral("ffconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translations);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FilmFlex Agent Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), QStringLiteral("Start the built-in sandbox and connect to it."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("Connect with this saved profile."), QStringLiteral("NAME"));
    parser.addOptions({ sandbox, profile });
    parser.process(app);

    const auto settings = ff::ProfileStore::openSettings();
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
