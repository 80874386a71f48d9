// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ff::ui {

// Under a write whose outcome is not yet seen: when the order will be read again (the read that
// may conclude "not applied"), and a "Check now" button for an agent who will not wait.
class OutcomeCountdown final : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeCountdown(QWidget* parent = nullptr);

    void showSecondsLeft(int seconds);
    // The read that may conclude has been made, and found nothing certain: only Check now is left.
    void showCheckOnly(const QString& text);
    void setReading(bool reading);

    QLabel* label() const { return m_label; }
    QPushButton* checkNowButton() const { return m_checkNow; }

signals:
    void checkNowRequested();

private:
    QLabel* m_label;
    QPushButton* m_checkNow;
};

} // namespace ff::ui
