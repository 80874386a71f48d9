// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FilmFlex"));
    QCoreApplication::setApplicationName(QStringLiteral("ffconsole-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FFCONSOLE_VERSION));

    ff::cli::CliApplication cli(QCoreApplication::arguments());
    QObject::connect(&cli, &ff::cli::CliApplication::finished, &app, &QCoreApplication::exit);
    QMetaObject::invokeMethod(&cli, &ff::cli::CliApplication::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
