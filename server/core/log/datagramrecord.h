// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>

// What the reply to a datagram was, or would have been: the reply mode's choice.
enum class ReplyKind : quint8 {
    Hello,    // "Hello <bytes>!\n"
    GoodBye,  // "Good bye!\n"
    Echo,     // its own bytes back (--reply echo)
    Text,     // the server's text (--reply text)
    None,     // no reply: the server only listens (--reply none)
};

// What became of that reply.
enum class ReplyFate : quint8 {
    Sent,
    NotAnswered,   // the mode does not answer (ReplyKind::None)
    TooLarge,      // it would not fit in one datagram
    RateLimited,   // over the per-source rate limit (reflection guard)
    WouldAmplify,  // held back: it would send its network more than 3x the bytes it sent (reflection guard)
    SendFailed,    // the system refused it
};

struct DatagramRecord
{
    // When it arrived, ns since the epoch (UTC): the kernel's receive time where the system gives
    // one (the batched path on Linux), else the time it was read. 0 if never set (timeMs then rules).
    qint64 timeNs = 0;
    qint64 timeMs = 0;         // the same in ms (what most users need); set both with setTime()
    QHostAddress sender;       // plain: IPv4 senders on a dual-stack socket show as IPv4
    quint16 senderPort = 0;
    QByteArray payload;        // every byte, never truncated
    // The address it was sent to (plain, as sender): the server's own, a multicast group or a
    // broadcast address. Null only where the system does not say (never on Linux).
    QHostAddress destination;
    quint16 destinationPort = 0;
    int interfaceIndex = 0;    // the interface it came in on; 0 if unknown
    ReplyKind replyKind = ReplyKind::Hello;
    ReplyFate replyFate = ReplyFate::Sent;
    // The bytes that were sent, the very buffer handed to the system. Empty unless the fate is
    // Sent and the server keeps payloads (HelloServer::setKeepPayloads).
    QByteArray reply;
    // When the reply was handed to the system (the clock right after the send call), ns since the
    // epoch on timeNs's clock; 0 when not answered or not known.
    qint64 replyTimeNs = 0;

    bool answered() const { return replyFate == ReplyFate::Sent; }

    void setTime(qint64 ns)
    {
        timeNs = ns;
        // Floor, not truncation toward zero, so a time before 1970 stays in its millisecond.
        timeMs = ns >= 0 ? ns / 1000000 : -((-ns + 999999) / 1000000);
    }
    // timeNs, or timeMs in ns for records made before timeNs existed (tests, old code).
    qint64 timeInNs() const { return timeNs != 0 ? timeNs : timeMs * 1000000; }
    // When the reply left, strictly after the request came in (a capture must never show a reply
    // before its question, nor at the same instant: response times are read from the difference).
    qint64 replyTimeInNs() const { return qMax(replyTimeNs, timeInNs() + 1); }
};

using DatagramBatch = QList<DatagramRecord>;

Q_DECLARE_METATYPE(DatagramRecord)
