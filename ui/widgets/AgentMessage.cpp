// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/AgentMessage.h"

namespace ff::ui {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString sentence(QString text)
{
    text = capitalised(text);
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

QString AgentMessage::forError(const ApiError& error, const QString& notFound)
{
    QString text;
    if (error.isNotFound() && !notFound.isEmpty()) {
        text = notFound;
    } else if (error.isUnauthorized()) {
        text = error.httpStatus == 403
            ? tr("Not allowed: this profile's credentials may not do this. Check the profile's permissions.")
            : tr("Not authorised: the server refused this profile's credentials. Check the credentials under "
                 "Connection ▸ Profiles.");
    } else {
        switch (error.kind) {
        case ApiError::Kind::InvalidInput:
            text = sentence(error.message);
            break;
        case ApiError::Kind::Api:
            text = tr("The server reported an error: %1")
                       .arg(sentence(
                           error.apiErrorReason.isEmpty() ? error.apiErrorCode : error.apiErrorReason));
            if (!error.apiErrorCode.isEmpty() && !error.apiErrorReason.isEmpty())
                text += QStringLiteral(" (%1)").arg(error.apiErrorCode);
            break;
        case ApiError::Kind::Http:
            // A write that may have been applied is not to be tried again: it is read back.
            if (error.httpStatus >= 500 && error.outcomeUnknown)
                text = tr("The server failed (HTTP %1).").arg(error.httpStatus);
            else if (error.httpStatus >= 500)
                text = tr("The server failed (HTTP %1). Try again in a moment.").arg(error.httpStatus);
            else if (error.httpStatus == 429)
                text = tr("The server is busy and asks to slow down (HTTP 429). Try again in a moment.");
            else
                text = tr("The server refused the request (HTTP %1).").arg(error.httpStatus);
            if (!error.bodyExcerpt.isEmpty())
                text += QLatin1Char(' ') + tr("It said: “%1”").arg(error.bodyExcerpt);
            break;
        case ApiError::Kind::Timeout:
            text = error.outcomeUnknown
                ? tr("Timed out: the server did not answer in time.")
                : tr("Timed out: the server did not answer in time. Try again; if it keeps happening, the "
                     "service may be down.");
            break;
        case ApiError::Kind::Network:
            text = tr("Could not reach the server: %1").arg(sentence(error.message));
            break;
        case ApiError::Kind::Tls:
            text = tr("The server's certificate is not trusted, so nothing was sent: %1")
                       .arg(sentence(error.message));
            break;
        case ApiError::Kind::Redirect:
            text = tr("The server sent us elsewhere, which is not followed: %1").arg(sentence(error.message));
            break;
        case ApiError::Kind::Malformed:
            text = tr("The server's answer could not be read, so nothing is shown from it: %1")
                       .arg(sentence(error.message));
            break;
        case ApiError::Kind::TooLarge:
            text = tr("The server's answer is too large to load: %1").arg(sentence(error.message));
            break;
        case ApiError::Kind::Cancelled:
            text = tr("Cancelled.");
            break;
        }
    }
    if (error.outcomeUnknown)
        text += QLatin1Char(' ') + tr("The change may or may not have been applied.");
    if (!error.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(Request id %1)").arg(error.requestId);
    return text;
}

} // namespace ff::ui
