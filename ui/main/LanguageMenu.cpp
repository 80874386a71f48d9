// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/LanguageMenu.h"

#include "models/AgentLanguage.h"

#include <QActionGroup>
#include <QSettings>

namespace ff::ui {

LanguageMenu::LanguageMenu(QSettings* settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
{
    auto* group = new QActionGroup(this);
    const QString current = AgentLanguage::chosen(*settings);
    const auto add = [this, group, &current](const QString& text, const QString& language) {
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    // The C locale (no LANG at all) reads English.
    const QLocale system = QLocale::system();
    const QString systemLanguage
        = system.language() == QLocale::C ? QStringLiteral("en") : QLocale::languageToCode(system.language());
    add(tr("&System language (%1)").arg(AgentLanguage::nativeName(systemLanguage)), QString());
    addSeparator();
    for (const QString& language : AgentLanguage::available())
        add(AgentLanguage::nativeName(language), language);
}

void LanguageMenu::choose(const QString& language)
{
    if (language == AgentLanguage::chosen(*m_settings))
        return;
    m_settings->setValue(AgentLanguage::settingKey(), language);
    m_settings->sync();
    const QString name = language.isEmpty() ? tr("the system language") : AgentLanguage::nativeName(language);
    emit chosenForNextStart(name);
}

} // namespace ff::ui
