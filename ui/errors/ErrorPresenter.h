// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client/ApiError.h"
#include "ui/widgets/MessageBar.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace ff::ui {

class ConnectionSession;

// What every screen does with an ApiError: the agent's message (AgentMessage) and the one way
// out that fits it, the same on every screen. It shows them in the screen's message bar and
// carries out the recovery the agent picks: Retry, Enter the secret again (then retry), or, for
// what only the window can do, asks it to review the certificate or to edit the profile.
class ErrorPresenter final : public QObject
{
    Q_OBJECT

public:
    enum class Recovery { None, Retry, ReviewCertificate, EnterSecret, EditProfile };

    struct Presentation
    {
        MessageBar::Kind kind = MessageBar::Kind::Error;
        QString text;
        Recovery recovery = Recovery::None;
    };

    // notFound: what a 404 means where the call was made ("No customer …"); such an answer is
    // information, with nothing to recover.
    static Presentation present(const ApiError& error, const QString& notFound = QString());
    static QString actionText(Recovery recovery);

    ErrorPresenter(MessageBar* bar, ConnectionSession* session, QObject* parent);

    // retry: what Retry does, and what runs again once a refused secret has been entered anew.
    void showError(const ApiError& error, const QString& notFound, std::function<void()> retry);
    // A message of the screen's own (a cancelled load, not connected yet), with the recovery it
    // offers; actionText, when given, names it in the screen's words ("Load again").
    void showMessage(MessageBar::Kind kind, const QString& text, Recovery recovery = Recovery::None,
        std::function<void()> retry = {}, const QString& actionText = QString());
    void dismiss();
    Recovery recovery() const { return m_recovery; }

signals:
    // The server's certificate was not trusted and the agent asked to review it.
    void certificateReviewRequested(const ff::CertificateProblem& problem);
    // The profile's settings stopped the call (its URL, its permissions): the agent asked to edit it.
    void profileEditRequested();

private:
    void recover();
    void retry();

    QPointer<MessageBar> m_bar;
    ConnectionSession* m_session;
    Recovery m_recovery = Recovery::None;
    ApiError m_error;
    std::function<void()> m_retry;
    // A refused secret is on screen: once the agent enters it again (here or on another
    // screen), what failed runs again.
    bool m_retryWhenRenewed = false;
};

} // namespace ff::ui
