// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ff::ui {

// A bar across the top of the view it belongs to, for what went wrong there (or a note), with
// an optional action such as Retry. The rest of the view stays usable underneath.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information, Success };

    explicit MessageBar(QWidget* parent = nullptr);

    // Shows the message; actionText empty hides the action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = QString());
    void dismiss();
    QString text() const;
    // What the action button offers ("Retry", "Review the certificate…"); empty when there is none.
    QString actionText() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace ff::ui
