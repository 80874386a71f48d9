// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/SecretDialog.h"

#include "ui/widgets/PlainText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ff::ui {

SecretDialog::SecretDialog(
    const QString& profileName, const QString& reason, bool canRemember, QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember it in the system keychain"), this))
{
    setWindowTitle(tr("Secret for %1").arg(PlainText::forWindowTitle(profileName)));
    setObjectName(QStringLiteral("secretDialog"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setAccessibleName(tr("Token, API key or password"));
    m_remember->setChecked(canRemember);
    m_remember->setEnabled(canRemember);
    auto* why = new QLabel(reason, this);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QFormLayout(this);
    layout->addRow(why);
    layout->addRow(tr("&Secret:"), m_secret);
    layout->addRow(m_remember);
    layout->addRow(buttons);
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}

bool SecretDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace ff::ui
