// SPDX-License-Identifier: MIT
#include "replytemplate.h"

#include "escapes.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <utility>

QStringList ReplyTemplate::macroNames()
{
    return {QStringLiteral("{payload}"), QStringLiteral("{sender}"), QStringLiteral("{size}"),
            QStringLiteral("{counter}"), QStringLiteral("{time}")};
}

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The name in "{letters}" (ASCII, any case) at `at`, or empty: other braces are text. {PAYLOAD} is
// {payload}, and {FOO} is refused as {foo} is: one rule whatever the case.
QStringView macroAt(const QString &text, qsizetype at)
{
    if (text.at(at) != QLatin1Char('{'))
        return {};
    qsizetype end = at + 1;
    while (end < text.size() && isAsciiLetter(text.at(end)))
        ++end;
    if (end > at + 1 && end < text.size() && text.at(end) == QLatin1Char('}'))
        return QStringView(text).mid(at + 1, end - at - 1);
    return {};
}

// Literal bytes gathered between two macros.
struct PendingLiteral
{
    QByteArray bytes;
    QString text;  // typed characters, encoded at once (a surrogate pair stays whole)

    void takeText()
    {
        bytes += text.toUtf8();
        text.clear();
    }
    QByteArray take()
    {
        takeText();
        return std::exchange(bytes, {});
    }
};
} // namespace

bool ReplyTemplate::macroKind(QStringView name, Kind *kind)
{
    static const std::pair<QLatin1String, Kind> macros[] = {
        {QLatin1String("payload"), Kind::Payload}, {QLatin1String("sender"), Kind::Sender},
        {QLatin1String("size"), Kind::Size},       {QLatin1String("counter"), Kind::Counter},
        {QLatin1String("time"), Kind::Time}};
    const auto known = std::find_if(std::begin(macros), std::end(macros), [&](const auto &m) {
        return name.compare(m.first, Qt::CaseInsensitive) == 0;
    });
    if (known == std::end(macros))
        return false;
    *kind = known->second;
    return true;
}

bool ReplyTemplate::parse(const QString &text, ReplyTemplate *result, QString *error)
{
    ReplyTemplate parsed;
    parsed.m_source = text;
    PendingLiteral pending;
    const auto flush = [&] {
        if (QByteArray literal = pending.take(); !literal.isEmpty())
            parsed.m_parts.push_back({Kind::Literal, literal});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            pending.takeText();
            Escapes::Escape escape;
            if (!Escapes::read(text, i, &escape, error))
                return false;
            pending.bytes += escape.value;  // a character escape is ASCII: the same byte in UTF-8
            i += escape.length - 1;
            continue;
        }
        if (const QStringView name = macroAt(text, i); !name.isEmpty()) {
            Kind kind = Kind::Literal;
            if (!macroKind(name, &kind)) {
                *error = tr("unknown macro {%1}: the macros are %2.").arg(name.toString(), macroNames().join(QLatin1Char(' ')));
                return false;
            }
            flush();
            parsed.m_parts.push_back({kind, {}});
            i += name.size() + 1;  // past the closing brace
            continue;
        }
        pending.text += c;
    }
    flush();
    if (const qsizetype least = parsed.minimumSize(); least > Protocol::MaxDatagramSize) {
        *error = tr("this reply is at least %1 bytes, and one datagram carries at most %2: no datagram could be "
                    "answered.").arg(least).arg(Protocol::MaxDatagramSize);
        return false;
    }
    *result = std::move(parsed);
    return true;
}

qsizetype ReplyTemplate::minimumSize() const
{
    // The fewest bytes each macro can give: "[::1]:1", one digit, an ISO 8601 time with ms.
    static constexpr qsizetype ShortestSender = 7;
    static constexpr qsizetype TimeSize = 24;
    qsizetype least = 0;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal: least += part.literal.size(); break;
        case Kind::Payload: break;
        case Kind::Sender: least += ShortestSender; break;
        case Kind::Size:
        case Kind::Counter: least += 1; break;
        case Kind::Time: least += TimeSize; break;
        }
    }
    return least;
}

bool ReplyTemplate::canAmplify() const
{
    // Longer than the datagram unless the reply is exactly the payload, or nothing.
    qsizetype payloads = 0;
    for (const Part &part : m_parts)
        payloads += part.kind == Kind::Payload;
    return !(payloads <= 1 && m_parts.size() == size_t(payloads));
}

void ReplyTemplate::render(const Context &c, QByteArray *out) const
{
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal: out->append(part.literal); break;
        case Kind::Payload: out->append(c.payload); break;
        case Kind::Sender: out->append(Protocol::endpointText(c.sender, c.senderPort).toUtf8()); break;
        case Kind::Size: out->append(QByteArray::number(c.payload.size())); break;
        case Kind::Counter: out->append(QByteArray::number(c.counter)); break;
        case Kind::Time:
            out->append(QDateTime::fromMSecsSinceEpoch(c.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
            break;
        }
    }
}
