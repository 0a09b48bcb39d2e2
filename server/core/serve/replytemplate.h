// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <vector>

// A fixed reply typed by a user (--reply-text), with escapes (\n \r \t \\ \xNN) and macros filled
// in per datagram: {payload} (its bytes), {sender} (address:port), {size}, {counter} (replies sent
// so far), {time} (ISO 8601, UTC, with ms). Only {letters} is a macro, in any case ({PAYLOAD} is
// {payload}; {foo} and {FOO} are refused alike): other braces are text, so a JSON reply such as
// {"ok":true} needs no escaping. A reply that could never fit one datagram is refused.
class ReplyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReplyTemplate)

public:
    struct Context
    {
        QByteArrayView payload;
        QHostAddress sender;
        quint16 senderPort = 0;
        quint64 counter = 0;
        qint64 timeMs = 0;
    };

    // False with a sentence naming the bad escape or unknown macro in *error.
    static bool parse(const QString &text, ReplyTemplate *result, QString *error);
    static QStringList macroNames();

    QString source() const { return m_source; }
    // Whether the reply can be longer than the datagram it answers (an amplification).
    bool canAmplify() const;
    // The fewest bytes a reply can have, whatever it answers.
    qsizetype minimumSize() const;
    // Appends the reply for one datagram to *out.
    void render(const Context &context, QByteArray *out) const;

private:
    enum class Kind { Literal, Payload, Sender, Size, Counter, Time };
    struct Part
    {
        Kind kind = Kind::Literal;
        QByteArray literal;
    };
    // The macro named so ("payload"...); false for an unknown name.
    static bool macroKind(QStringView name, Kind *kind);

    std::vector<Part> m_parts;
    QString m_source;
};
