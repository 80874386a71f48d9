// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QTranslator>

namespace ff::cli {

// While it lives, the application's translators are set aside, so that what is made meanwhile is
// in the source's English: the investigation's sentences and reasons in JSON, JSON Lines and CSV,
// which scripts read and which must not change with the locale the CLI runs in. Its messages and
// tables stay in the reader's language. Single-threaded use only (the CLI's main thread).
class UntranslatedScope final
{
public:
    // Does nothing when not active.
    explicit UntranslatedScope(bool active);
    ~UntranslatedScope();
    UntranslatedScope(const UntranslatedScope&) = delete;
    UntranslatedScope& operator=(const UntranslatedScope&) = delete;

private:
    QList<QPointer<QTranslator>> m_removed;
};

} // namespace ff::cli
