// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customer/FieldRows.h"

namespace ff::ui {

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
    // Acronyms the API writes in PascalCase.
    static const QList<QPair<QString, QString>> acronyms = {
        { QStringLiteral("Bbfc"), QStringLiteral("BBFC") }, { QStringLiteral("Drm"), QStringLiteral("DRM") },
        { QStringLiteral("dtr"), QStringLiteral("DTR") }, { QStringLiteral("Dtr"), QStringLiteral("DTR") }
    };
    QStringList words = label.split(QLatin1Char(' '));
    for (QString& word : words) {
        for (const auto& [from, to] : acronyms) {
            if (word == from)
                word = to;
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace ff::ui
