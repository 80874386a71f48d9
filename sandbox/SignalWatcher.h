// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ff::sandbox {

// Turns SIGTERM and SIGINT into a Qt signal, so that the sandbox leaves its event loop and
// exits cleanly (closing the journal) instead of dying mid-write. A signal handler may only
// write to a pipe; a QSocketNotifier reads the other end in the event loop.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);
};

} // namespace ff::sandbox
