// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FieldRows.h"

#include "models/FieldLabels.h"

namespace ff {

QString FieldRows::labelFor(std::string_view apiName)
{
    // Split PascalCase into words, keeping runs of capitals together ("DrmProfile" → "Drm
    // profile", "ID" → "ID"), and lower-case all but the first word.
    QString label;
    const QString name = QString::fromLatin1(apiName.data(), qsizetype(apiName.size()));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool wordStart = i > 0 && c.isUpper()
            && (name[i - 1].isLower()
                || (i + 1 < name.size() && name[i + 1].isLower() && name[i - 1].isUpper()));
        if (wordStart)
            label += QLatin1Char(' ');
        const bool inAcronym = c.isUpper()
            && ((i + 1 < name.size() && name[i + 1].isUpper())
                || (i > 0 && name[i - 1].isUpper() && (i + 1 == name.size())));
        label += (label.isEmpty() || inAcronym) ? c : c.toLower();
    }
    // Acronyms the API writes in PascalCase; and "licence", as the UK affiliates write it and
    // agents read it everywhere else (the API's names keep "License").
    static const QList<QPair<QString, QString>> words = { { QStringLiteral("Bbfc"), QStringLiteral("BBFC") },
        { QStringLiteral("Drm"), QStringLiteral("DRM") }, { QStringLiteral("dtr"), QStringLiteral("DTR") },
        { QStringLiteral("Dtr"), QStringLiteral("DTR") },
        { QStringLiteral("License"), QStringLiteral("Licence") },
        { QStringLiteral("license"), QStringLiteral("licence") } };
    QStringList split = label.split(QLatin1Char(' '));
    for (QString& word : split) {
        for (const auto& [from, to] : words) {
            if (word == from)
                word = to;
        }
    }
    return FieldLabels::translated(split.join(QLatin1Char(' ')));
}

} // namespace ff
