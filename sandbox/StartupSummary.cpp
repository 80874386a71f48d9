// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/StartupSummary.h"

namespace ff::sandbox {

QString StartupSummary::text(const SandboxData& data, const QString& url, quint64 seed, qint64 startupMs)
{
    QString text = QStringLiteral("ffconsole-sandbox: FilmFlex platform API on %1 (seed %2, now %3, %4 ms to "
                                  "start)\n  customers to try (affiliate, login):\n")
                       .arg(url)
                       .arg(seed)
                       .arg(QString::fromLatin1(data.now().toIsoString()))
                       .arg(startupMs);
    int shown = 0;
    int lastAffiliate = -1;
    for (const CustomerRecord& customer : data.customers()) {
        if (customer.affiliateId == lastAffiliate && shown % 2 == 0)
            continue; // two per affiliate
        if (customer.affiliateId != lastAffiliate)
            shown = 0;
        lastAffiliate = customer.affiliateId;
        ++shown;
        // Padded by characters, not bytes: "björn.ångström" is wider in UTF-8 than on screen.
        text += QStringLiteral("    %1  %2  %3, %4 orders, account %5\n")
                    .arg(customer.affiliateId)
                    .arg(customer.username.leftJustified(34))
                    .arg(customer.fullName)
                    .arg(customer.orders.size())
                    .arg(customer.customerId.toString(QUuid::WithoutBraces));
    }
    text += QStringLiteral("  control API (with the control token): %1_sandbox/info, /_sandbox/faults, "
                           "/_sandbox/requests\n")
                .arg(url);
    return text;
}

} // namespace ff::sandbox
