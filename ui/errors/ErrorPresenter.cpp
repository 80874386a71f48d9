// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errors/ErrorPresenter.h"

#include "ui/session/ConnectionSession.h"
#include "ui/widgets/AgentMessage.h"

namespace ff::ui {

namespace {

ErrorPresenter::Recovery recoveryFor(const ApiError& error)
{
    using Recovery = ErrorPresenter::Recovery;
    switch (error.refusedBy) {
    case ApiError::ProfileSetting::Secret:
        return Recovery::EnterSecret;
    case ApiError::ProfileSetting::Url:
        return Recovery::EditProfile;
    case ApiError::ProfileSetting::ReadOnly:
        return Recovery::None; // read-only on purpose: nothing to put right
    case ApiError::ProfileSetting::None:
        break;
    }
    if (error.httpStatus == 401)
        return Recovery::EnterSecret; // a secret that expired, or was changed elsewhere
    if (error.httpStatus == 403)
        return Recovery::EditProfile; // these credentials may not do this: another profile's may
    switch (error.kind) {
    case ApiError::Kind::Tls:
        return Recovery::ReviewCertificate;
    case ApiError::Kind::Redirect:
        return Recovery::EditProfile; // the URL leads elsewhere: most likely it is not the right one
    case ApiError::Kind::InvalidInput: // what was typed: the message says what to change
    case ApiError::Kind::Api: // the server explained why; asking again gets the same answer
        return Recovery::None;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Http:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
        break;
    }
    return Recovery::Retry;
}

} // namespace

ErrorPresenter::Presentation ErrorPresenter::present(const ApiError& error, const QString& notFound)
{
    if (error.isNotFound() && !notFound.isEmpty())
        return { MessageBar::Kind::Information, AgentMessage::forError(error, notFound), Recovery::None };
    return { MessageBar::Kind::Error, AgentMessage::forError(error), recoveryFor(error) };
}

QString ErrorPresenter::actionText(Recovery recovery)
{
    switch (recovery) {
    case Recovery::None:
        break;
    case Recovery::Retry:
        return tr("Retry");
    case Recovery::ReviewCertificate:
        return tr("Review the certificate…");
    case Recovery::EnterSecret:
        return tr("Enter the secret again");
    case Recovery::EditProfile:
        return tr("Edit the profile…");
    }
    return QString();
}

ErrorPresenter::ErrorPresenter(MessageBar* bar, ConnectionSession* session, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
    , m_session(session)
{
    connect(m_bar, &MessageBar::actionTriggered, this, &ErrorPresenter::recover);
    connect(m_session, &ConnectionSession::credentialsRenewed, this, [this] {
        if (std::exchange(m_retryWhenRenewed, false))
            retry();
    });
}

void ErrorPresenter::showError(const ApiError& error, const QString& notFound, std::function<void()> retry)
{
    const Presentation shown = present(error, notFound);
    showMessage(shown.kind, shown.text, shown.recovery, std::move(retry));
    m_error = error;
    m_retryWhenRenewed = shown.recovery == Recovery::EnterSecret;
}

void ErrorPresenter::showMessage(MessageBar::Kind kind, const QString& text, Recovery recovery,
    std::function<void()> retry, const QString& actionText)
{
    m_recovery = recovery;
    m_retry = std::move(retry);
    m_error = ApiError();
    m_retryWhenRenewed = false;
    if (m_bar)
        m_bar->showMessage(kind, text, actionText.isEmpty() ? this->actionText(recovery) : actionText);
}

void ErrorPresenter::dismiss()
{
    m_recovery = Recovery::None;
    m_retry = nullptr;
    m_retryWhenRenewed = false;
    if (m_bar)
        m_bar->dismiss();
}

void ErrorPresenter::retry()
{
    // A copy: what it runs may well show or dismiss a message here, which replaces m_retry.
    if (const std::function<void()> again = m_retry)
        again();
}

void ErrorPresenter::recover()
{
    switch (m_recovery) {
    case Recovery::None:
        return;
    case Recovery::Retry:
        retry();
        return;
    case Recovery::ReviewCertificate:
        emit certificateReviewRequested(m_error.certificate);
        return;
    case Recovery::EnterSecret:
        m_retryWhenRenewed = true;
        m_session->renewSecret(m_error.refusedBy == ApiError::ProfileSetting::Secret
                ? tr("No secret is set for profile “%1”. Enter it.").arg(m_session->profile().name)
                : tr("The server refused the secret of profile “%1” (it may have expired). Enter it again.")
                      .arg(m_session->profile().name));
        return;
    case Recovery::EditProfile:
        emit profileEditRequested();
        return;
    }
}

} // namespace ff::ui
