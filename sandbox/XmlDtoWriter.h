// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/core/DateTimeOffset.h"
#include "api/core/Decimal.h"
#include "api/core/GuidText.h"
#include "api/core/TimeSpan.h"
#include "api/dto/Field.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <QXmlStreamWriter>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace ff::sandbox {

// Writes a DTO as .NET's XmlSerializer does, for the admin service's application/xml answers:
// the root element with the xsi and xsd namespace declarations, one element per field in the
// DTO's fields() order, a null field left out, a list as an element holding one element per
// item named after the list in the singular (<Purchases><Purchase>...), and values in the same
// invariant text as the JSON (exact decimals, dates with their offsets, lower-case GUIDs).
class XmlDtoWriter final
{
public:
    template <Dto T> static QByteArray document(std::string_view rootName, const T& value)
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
        xml.writeStartDocument();
        xml.writeStartElement(text(rootName));
        xml.writeNamespace(
            QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema"), QStringLiteral("xsd"));
        XmlDtoWriter writer(xml);
        writer.fields(value);
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }

private:
    explicit XmlDtoWriter(QXmlStreamWriter& xml)
        : m_xml(xml)
    { }

    static QString text(std::string_view name)
    {
        return QString::fromUtf8(name.data(), qsizetype(name.size()));
    }

    template <Dto T> void fields(const T& object)
    {
        std::apply(
            [&](const auto&... field) { (element(field.name, object.*(field.member)), ...); }, T::fields());
    }

    template <class T> void element(std::string_view name, const std::optional<T>& value)
    {
        if (value)
            element(name, *value);
    }

    template <class T> void element(std::string_view name, const QList<T>& list)
    {
        m_xml.writeStartElement(text(name));
        const std::string_view itemName = name.ends_with('s') ? name.substr(0, name.size() - 1) : name;
        for (const T& item : list)
            element(itemName, item);
        m_xml.writeEndElement();
    }

    template <class T> void element(std::string_view name, const T& value)
    {
        if constexpr (Dto<T>) {
            m_xml.writeStartElement(text(name));
            fields(value);
            m_xml.writeEndElement();
        } else {
            m_xml.writeTextElement(text(name), scalar(value));
        }
    }

    static QString scalar(const QString& value) { return value; }
    static QString scalar(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString scalar(qint64 value) { return QString::number(value); }
    static QString scalar(const Decimal& value) { return value.toString(); }
    static QString scalar(const DateTimeOffset& value) { return QString::fromLatin1(value.toIsoString()); }
    static QString scalar(const TimeSpan& value) { return QString::fromLatin1(value.toString()); }
    static QString scalar(const QUuid& value) { return QString::fromLatin1(GuidText::toText(value)); }

    QXmlStreamWriter& m_xml;
};

} // namespace ff::sandbox
