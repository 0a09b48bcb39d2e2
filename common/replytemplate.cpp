// SPDX-License-Identifier: MIT
#include "replytemplate.h"

#include "escapes.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

QStringList ReplyTemplate::macroNames()
{
    return {QStringLiteral("{payload}"), QStringLiteral("{sender}"), QStringLiteral("{size}"),
            QStringLiteral("{counter}"), QStringLiteral("{time}")};
}

bool ReplyTemplate::parse(const QString &text, ReplyTemplate *result, QString *error)
{
    static const std::pair<QLatin1String, Kind> macros[] = {
        {QLatin1String("payload"), Kind::Payload}, {QLatin1String("sender"), Kind::Sender},
        {QLatin1String("size"), Kind::Size},       {QLatin1String("counter"), Kind::Counter},
        {QLatin1String("time"), Kind::Time}};
    ReplyTemplate parsed;
    parsed.m_source = text;
    QByteArray literal;
    QString pendingText;  // typed characters, encoded at once (a surrogate pair stays whole)
    const auto takeText = [&] {
        literal += pendingText.toUtf8();
        pendingText.clear();
    };
    const auto flush = [&] {
        takeText();
        if (!literal.isEmpty())
            parsed.m_parts.push_back({Kind::Literal, literal});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            takeText();
            Escapes::Escape escape;
            if (!Escapes::read(text, i, &escape, error))
                return false;
            literal += escape.value;  // a character escape is ASCII: the same byte in UTF-8
            i += escape.length - 1;
            continue;
        }
        if (c == QLatin1Char('{')) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLower())
                ++end;
            if (end > i + 1 && end < text.size() && text.at(end) == QLatin1Char('}')) {
                const QString name = text.mid(i + 1, end - i - 1);
                const auto known = std::find_if(std::begin(macros), std::end(macros),
                                                [&](const auto &m) { return m.first == name; });
                if (known == std::end(macros)) {
                    *error = tr("unknown macro {%1}: the macros are %2.")
                                 .arg(name, macroNames().join(QLatin1Char(' ')));
                    return false;
                }
                flush();
                parsed.m_parts.push_back({known->second, {}});
                i = end;
                continue;
            }
        }
        pendingText += c;
    }
    flush();
    *result = std::move(parsed);
    return true;
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
