// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/WelcomePage.h"

#include "ui/session/ConnectionSession.h"

#include <QUrl>

namespace ff::ui {

WelcomePage::WelcomePage(const ConnectionSession* session, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
{
    setTextFormat(Qt::RichText); // its own markup; customers' names in it are escaped
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setObjectName(QStringLiteral("welcome"));
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        // "#<affiliate>:<username, percent-encoded>", from refresh()
        const qsizetype colon = link.indexOf(u':');
        if (link.startsWith(u'#') && colon > 1)
            emit customerChosen(
                link.mid(1, colon - 1), QUrl::fromPercentEncoding(link.mid(colon + 1).toLatin1()));
    });
    refresh();
}

void WelcomePage::refresh()
{
    QString text
        = tr("<h2>Find a customer</h2><p>Choose the affiliate, type the customer's name or email address "
             "and press Enter. Each customer opens in a tab of its own.</p>"
             "<p>Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · "
             "F1: all shortcuts</p>");
    // "<a>username</a> (affiliate)", the link as the constructor reads it.
    const auto link = [this](qint64 affiliateId, const QString& username) {
        const auto affiliate = m_session->profile().affiliate(affiliateId);
        const QString where
            = affiliate && !affiliate->name.isEmpty() ? affiliate->name : tr("affiliate %1").arg(affiliateId);
        return QStringLiteral("<a href=\"#%1:%2\">%3</a> (%4)")
            .arg(QString::number(affiliateId), QString::fromLatin1(QUrl::toPercentEncoding(username)),
                username.toHtmlEscaped(), where.toHtmlEscaped());
    };
    QStringList links;
    for (const auto& [affiliateId, username] : m_session->sandboxCustomers())
        links.append(link(affiliateId, username));
    if (!links.isEmpty())
        text += tr("<p>Test customers of the sandbox: %1</p>").arg(links.join(QStringLiteral(" · ")));
    if (const auto& [affiliateId, username] = m_session->sandboxShowcaseCustomer(); !username.isEmpty())
        text += tr("<p>To see refund investigations, open %1: an example of every refund case, each "
                   "item with its verdict and the evidence.</p>")
                    .arg(link(affiliateId, username));
    setText(text);
}

} // namespace ff::ui
