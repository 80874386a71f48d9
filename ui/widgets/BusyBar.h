// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ff::ui {

// What is loading, a moving bar and a Cancel button that really aborts the request.
class BusyBar final : public QWidget
{
    Q_OBJECT

public:
    explicit BusyBar(QWidget* parent = nullptr);

    void start(const QString& what);
    void setProgress(qint64 received, qint64 total);
    void stop();
    bool isBusy() const { return isVisible(); }

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace ff::ui
