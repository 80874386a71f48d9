// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UntranslatedScope.h"

#include <QCoreApplication>

namespace ff::cli {

UntranslatedScope::UntranslatedScope(bool active)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!active || !app)
        return;
    // models/AgentLanguage makes its translators children of the application.
    for (QTranslator* translator : app->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        if (QCoreApplication::removeTranslator(translator))
            m_removed.append(translator);
    }
}

UntranslatedScope::~UntranslatedScope()
{
    // Installed again in the order they were found (the order they were made in), so that they
    // are searched as before.
    for (const QPointer<QTranslator>& translator : m_removed) {
        if (translator)
            QCoreApplication::installTranslator(translator);
    }
}

} // namespace ff::cli
