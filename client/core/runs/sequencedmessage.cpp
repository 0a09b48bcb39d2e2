// SPDX-License-Identifier: MIT
#include "sequencedmessage.h"

#include <QtGlobal>

#include <cmath>

namespace {
constexpr char SeqMacro[] = "{seq}";
} // namespace

namespace SequencedMessage {

bool isNumbered(const QByteArray &message) { return message.contains(SeqMacro); }

QByteArray payloadFor(const QByteArray &message, quint64 seq)
{
    if (!isNumbered(message))
        return message;
    QByteArray payload = message;
    return payload.replace(SeqMacro, QByteArray::number(seq));
}

quint64 sequenceOf(const QByteArray &message, QByteArrayView payload)
{
    // The number follows the text before the first {seq}; the whole payload must then be what
    // that number makes. Digits after {seq} in the message ("x {seq}2") make the end of the number
    // ambiguous: the longest number that makes the payload wins.
    const qsizetype at = message.indexOf(SeqMacro);
    if (at < 0 || !payload.startsWith(QByteArrayView(message).first(at)))
        return 0;
    qsizetype end = at;
    while (end < payload.size() && end - at < 20 && payload[end] >= '0' && payload[end] <= '9')
        ++end;
    // One {seq} (the usual case): the rest of the payload must be the rest of the message, which
    // is checked in place, without building the payload (a fast run reads 100,000 replies a second).
    const QByteArrayView rest = QByteArrayView(message).sliced(at + qsizetype(sizeof SeqMacro - 1));
    const bool once = !rest.contains(QByteArrayView(SeqMacro));
    for (; end > at; --end) {
        bool ok = false;
        const quint64 seq = payload.sliced(at, end - at).toULongLong(&ok);
        if (!ok || seq == 0)
            continue;
        if (once ? payload.sliced(end) == rest : payloadFor(message, seq) == payload)
            return seq;
    }
    return 0;
}

qint64 intervalForRate(double perSecond)
{
    return qMax<qint64>(1, qint64(std::llround(1e9 / qMax(perSecond, 1e-9))));
}

} // namespace SequencedMessage
