// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"
#include "models/AgentLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {

// A PDF needs fonts, and fonts a QGuiApplication: report --format pdf gets one on Qt's offscreen
// platform (unless QT_QPA_PLATFORM names another), so that it needs no display. Every other
// command runs on a QCoreApplication, as before.
std::unique_ptr<QCoreApplication> applicationFor(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!ff::cli::CliApplication::drawsPdf(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = applicationFor(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FilmFlex"));
    QCoreApplication::setApplicationName(QStringLiteral("ffconsole-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));
    // Messages, table headings and --help in the language of the environment (LANG, LANGUAGE,
    // LC_ALL, LC_MESSAGES), as git's; never the console's language setting. Before anything is
    // parsed, so that QCommandLineParser's own texts are translated too. JSON, CSV and JSON Lines
    // do not change with it.
    ff::AgentLanguage::apply(QLocale::system(), app.get());

    ff::cli::CliApplication cli(QCoreApplication::arguments());
    QObject::connect(&cli, &ff::cli::CliApplication::finished, app.get(), &QCoreApplication::exit);
    QMetaObject::invokeMethod(&cli, &ff::cli::CliApplication::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
