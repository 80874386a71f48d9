// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/codec/XmlReader.h"

#include "api/core/GuidText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>
#include <array>

namespace ff {

namespace {

struct DecodeFailure
{
    QString path;
    QString message;
};

class XmlDecoder final
{
public:
    XmlDecoder(QByteArrayView xml, const JsonReadOptions& options)
        : m_reader(xml.toByteArray())
        , m_options(options)
        , m_empty(xml.trimmed().isEmpty())
    { }

    template <Dto T> void readDocument(T& out)
    {
        if (m_empty)
            fail(QCoreApplication::translate("ff::XmlReader", "the body is empty, where XML was expected"));
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::DTD:
                fail(QCoreApplication::translate(
                    "ff::XmlReader", "the document declares a DTD, which is not accepted"));
            case QXmlStreamReader::StartElement:
                m_path.append(m_reader.name().toString());
                readObject(out);
                m_path.removeLast();
                expectEnd();
                return;
            default:
                break;
            }
        }
        failOnReaderError();
        fail(QCoreApplication::translate("ff::XmlReader", "the body holds no XML element"));
    }

private:
    [[noreturn]] void fail(const QString& message) const
    {
        throw DecodeFailure { m_path.join(QLatin1Char('/')),
            message
                + QCoreApplication::translate("ff::XmlReader", " (line %1, column %2)")
                      .arg(m_reader.lineNumber())
                      .arg(m_reader.columnNumber()) };
    }

    void failOnReaderError() const
    {
        if (m_reader.hasError()) {
            const bool truncated = m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            fail(truncated
                    ? QCoreApplication::translate("ff::XmlReader", "the XML ends too soon (truncated?)")
                    : QCoreApplication::translate("ff::XmlReader", "this is not well-formed XML: %1")
                          .arg(m_reader.errorString()));
        }
    }

    void expectEnd()
    {
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement)
                fail(QCoreApplication::translate("ff::XmlReader", "there is more than one root element"));
        }
        if (m_reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            failOnReaderError();
    }

    bool isNil() const
    {
        const auto nil = m_reader.attributes().value(
            QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("nil"));
        return nil == QLatin1String("true") || nil == QLatin1String("1");
    }

    // The text of the current element; a child element where text belongs is an error.
    QString readText()
    {
        QString text = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        failOnReaderError();
        return text;
    }

    template <Dto T> void readObject(T& out)
    {
        if (++m_depth > m_options.maxDepth)
            fail(QCoreApplication::translate("ff::XmlReader", "elements are nested more than %1 deep")
                     .arg(m_options.maxDepth));
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            const bool matched = std::apply(
                [&](const auto&... field) {
                    return (readFieldIfNamed(name, field.name, out.*(field.member)) || ...);
                },
                T::fields());
            if (!matched)
                m_reader.skipCurrentElement(); // a field the pages do not list
        }
        failOnReaderError();
        --m_depth;
    }

    template <class M> bool readFieldIfNamed(QStringView element, std::string_view fieldName, M& member)
    {
        if (element.compare(
                QLatin1StringView(fieldName.data(), qsizetype(fieldName.size())), Qt::CaseInsensitive)
            != 0)
            return false;
        m_path.append(element.toString());
        readValue(member);
        m_path.removeLast();
        return true;
    }

    template <class T> void readValue(std::optional<T>& out)
    {
        if (isNil()) {
            m_reader.skipCurrentElement();
            out.reset();
            return;
        }
        out.emplace();
        readValue(*out);
    }

    template <Dto T> void readValue(T& out) { readObject(out); }

    template <class T> void readValue(QList<T>& out)
    {
        while (m_reader.readNextStartElement()) {
            m_path.append(
                m_reader.name() + QLatin1Char('[') + QString::number(out.size()) + QLatin1Char(']'));
            out.emplace_back();
            readValue(out.back());
            m_path.removeLast();
        }
        failOnReaderError();
    }

    void readValue(QString& out) { out = readText(); }

    void readValue(qint64& out)
    {
        const QString text = readText();
        bool ok = false;
        out = text.trimmed().toLongLong(&ok);
        if (!ok)
            fail(QCoreApplication::translate("ff::XmlReader", "expected an integer, got \"%1\"")
                     .arg(text.left(60)));
    }

    void readValue(bool& out)
    {
        const QString text = readText().trimmed();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            out = true;
        else if (text == QLatin1String("false") || text == QLatin1String("0"))
            out = false;
        else
            fail(QCoreApplication::translate("ff::XmlReader", "expected true or false, got \"%1\"")
                     .arg(text.left(60)));
    }

    void readValue(Decimal& out)
    {
        const QString text = readText().trimmed();
        const std::optional<Decimal> decimal = Decimal::fromString(QStringView(text));
        if (!decimal)
            fail(QCoreApplication::translate(
                "ff::XmlReader", "\"%1\" is not a decimal within .NET's range and precision")
                     .arg(text.left(60)));
        out = *decimal;
    }

    // ISO 8601 text (XmlSerializer's DateTime), or DataContractSerializer's DateTimeOffset: a
    // <DateTime> in UTC and the <OffsetMinutes> east of it.
    void readValue(DateTimeOffset& out)
    {
        QString text;
        QString utc;
        QString offsetMinutes;
        bool parts = false;
        while (m_reader.readNext() != QXmlStreamReader::EndElement) {
            failOnReaderError();
            if (m_reader.isCharacters()) {
                text += m_reader.text();
            } else if (m_reader.isStartElement()) {
                parts = true;
                if (m_reader.name() == QLatin1String("DateTime"))
                    utc = readText();
                else if (m_reader.name() == QLatin1String("OffsetMinutes"))
                    offsetMinutes = readText();
                else
                    m_reader.skipCurrentElement();
            }
        }
        out = parts ? dataContractDate(utc.trimmed(), offsetMinutes.trimmed()) : isoDate(text.trimmed());
    }

    DateTimeOffset isoDate(const QString& text) const
    {
        const std::optional<DateTimeOffset> date
            = DateTimeOffset::parse(QStringView(text), m_options.unspecifiedOffsetSeconds);
        if (!date)
            fail(QCoreApplication::translate("ff::XmlReader", "expected an ISO 8601 date, got \"%1\"")
                     .arg(text.left(60)));
        return *date;
    }

    DateTimeOffset dataContractDate(const QString& utc, const QString& offsetMinutes) const
    {
        constexpr int MaxOffsetMinutes = 14 * 60; // .NET's limit
        bool ok = false;
        const int minutes = offsetMinutes.toInt(&ok);
        const std::optional<DateTimeOffset> instant = DateTimeOffset::parse(QStringView(utc));
        std::optional<DateTimeOffset> date;
        if (ok && instant && minutes >= -MaxOffsetMinutes && minutes <= MaxOffsetMinutes) {
            // Written at its offset and read again, so that a local time outside .NET's range
            // (0001-01-01T00:00:00Z one hour west) is refused as the text would be.
            const QByteArray local
                = DateTimeOffset::fromUtcTicks(instant->utcTicks(), minutes * 60).toIsoString();
            date = DateTimeOffset::parse(std::string_view(local.constData(), size_t(local.size())));
        }
        if (!date)
            fail(QCoreApplication::translate("ff::XmlReader",
                "expected a DateTime in UTC and OffsetMinutes (-840 to 840), got \"%1\" and \"%2\"")
                     .arg(utc.left(60), offsetMinutes.left(60)));
        return *date;
    }

    void readValue(QUuid& out)
    {
        const QString text = readText().trimmed();
        const std::optional<QUuid> uuid = GuidText::parse(QStringView(text));
        if (!uuid)
            fail(QCoreApplication::translate("ff::XmlReader", "expected a GUID, got \"%1\"")
                     .arg(text.left(60)));
        out = *uuid;
    }

    QXmlStreamReader m_reader;
    const JsonReadOptions& m_options;
    QStringList m_path;
    int m_depth = 0;
    bool m_empty;
};

} // namespace

Result<AccountPurchasesResponse, ParseError> readAccountPurchasesXml(
    QByteArrayView xml, const JsonReadOptions& options)
{
    XmlDecoder decoder(xml, options);
    AccountPurchasesResponse response;
    try {
        decoder.readDocument(response);
    } catch (const DecodeFailure& failure) {
        return ParseError { failure.path, failure.message };
    }
    return response;
}

} // namespace ff
