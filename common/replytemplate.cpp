// SPDX-License-Identifier: MIT
#include "replytemplate.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {
int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

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
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            switch (next.unicode()) {
            case 'n': literal += '\n'; ++i; continue;
            case 'r': literal += '\r'; ++i; continue;
            case 't': literal += '\t'; ++i; continue;
            case '\\': literal += '\\'; ++i; continue;
            case 'x': {
                const int high = i + 2 < text.size() ? hexDigit(text.at(i + 2)) : -1;
                const int low = i + 3 < text.size() ? hexDigit(text.at(i + 3)) : -1;
                if (high < 0 || low < 0) {
                    *error = tr("bad escape '%1' at character %2: \\x takes two hex digits, such as \\x0d.")
                                 .arg(text.mid(i, 4)).arg(i + 1);
                    return false;
                }
                literal += char(high * 16 + low);
                i += 3;
                continue;
            }
            default:
                *error = tr("unknown escape '%1' at character %2: use \\n, \\r, \\t, \\\\ or \\xNN.")
                             .arg(text.mid(i, 2)).arg(i + 1);
                return false;
            }
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
