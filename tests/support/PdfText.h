// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ff::test {

// A PDF's text as another program reads it: poppler's pdftotext, as a supervisor's viewer would
// find and copy it, every run of white space one space (lines break where the page did). Fails
// the running test (and returns nothing) if pdftotext cannot read it.
QString readPdfText(const QString& path);

} // namespace ff::test
