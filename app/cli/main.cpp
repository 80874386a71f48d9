// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"

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

    ff::cli::CliApplication cli(QCoreApplication::arguments());
    QObject::connect(&cli, &ff::cli::CliApplication::finished, app.get(), &QCoreApplication::exit);
    QMetaObject::invokeMethod(&cli, &ff::cli::CliApplication::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
