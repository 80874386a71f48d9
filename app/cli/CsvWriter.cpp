#include "app/cli/CsvWriter.h"

#include "api/core/GuidText.h"

namespace ff::cli {

void CsvWriter::separate()
{
    if (m_rowStarted)
        *m_out += ',';
    m_rowStarted = true;
}

void CsvWriter::endRow()
{
    *m_out += "\r\n";
    m_rowStarted = false;
}

void CsvWriter::number(std::string_view digits)
{
    separate();
    m_out->append(digits.data(), qsizetype(digits.size()));
}

void CsvWriter::text(std::string_view utf8)
{
    separate();
    bool needsQuotes = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!utf8.empty() && (utf8.front() == ' ' || utf8.back() == ' '))
        needsQuotes = true;
    const bool formula = !utf8.empty()
        && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-' || utf8.front() == '@'
            || utf8.front() == '\t' || utf8.front() == '\r');
    if (!needsQuotes && !formula) {
        m_out->append(utf8.data(), qsizetype(utf8.size()));
        return;
    }
    *m_out += '"';
    if (formula)
        *m_out += '\'';
    for (const char c : utf8) {
        if (c == '"')
            *m_out += '"';
        *m_out += c;
    }
    *m_out += '"';
}

void CsvWriter::cell(const std::optional<QString>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray utf8 = value->toUtf8();
    text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void CsvWriter::cell(const std::optional<qint64>& value)
{
    if (!value) {
        empty();
        return;
    }
    char buffer[24];
    const int length = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(*value));
    number(std::string_view(buffer, size_t(length)));
}

void CsvWriter::cell(const std::optional<bool>& value)
{
    if (!value)
        empty();
    else
        number(*value ? "true" : "false");
}

void CsvWriter::cell(const std::optional<Decimal>& value)
{
    if (!value)
        empty();
    else
        number(value->toStdString());
}

void CsvWriter::cell(const std::optional<DateTimeOffset>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray text = value->toUtcMillisecondsString();
    number(std::string_view(text.constData(), size_t(text.size())));
}

void CsvWriter::cell(const std::optional<TimeSpan>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray text = value->toString();
    // a negative span begins with "-": text, so that a spreadsheet does not compute it
    this->text(std::string_view(text.constData(), size_t(text.size())));
}

void CsvWriter::cell(const std::optional<QUuid>& value)
{
    if (!value) {
        empty();
        return;
    }
    const QByteArray text = GuidText::toText(*value);
    number(std::string_view(text.constData(), size_t(text.size())));
}

} // namespace ff::cli
