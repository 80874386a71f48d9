#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/TimeSpan.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>
#include <string_view>

namespace ff::cli {

// RFC 4180 CSV, written straight to UTF-8 bytes: fields quoted when they hold a comma, quote,
// line break or edge space; rows end in CRLF. A text cell that begins with =, +, - or @ (or a
// tab or carriage return) is prefixed with ' so that a spreadsheet shows it rather than runs it
// as a formula; a plain number such as -3.99 is left a number.
class CsvWriter final {
public:
    explicit CsvWriter(QByteArray* out) : m_out(out) { }

    void text(std::string_view utf8);
    void number(std::string_view digits);
    void empty() { separate(); }
    void endRow();

    void cell(const std::optional<QString>& value);
    void cell(const std::optional<qint64>& value);
    void cell(const std::optional<bool>& value);
    void cell(const std::optional<Decimal>& value);
    void cell(const std::optional<DateTimeOffset>& value);
    void cell(const std::optional<TimeSpan>& value);
    void cell(const std::optional<QUuid>& value);

private:
    void separate();

    QByteArray* m_out;
    bool m_rowStarted = false;
};

} // namespace ff::cli
