// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ff {

// The body of a write, readable exactly once. Qt's HTTP stack silently resends a request when
// the server closes the connection before answering, which for a PUT or POST that the server
// did apply means sending it twice. A sequential device that cannot be rewound (uploaded
// unbuffered) makes Qt report ContentReSendError instead, and the caller decides.
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(QByteArray body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_position = 0;
};

} // namespace ff
