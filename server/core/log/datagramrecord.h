// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>

// What happened to one received datagram.
enum class Outcome : quint8 {
    Hello,       // answered "Hello <bytes>!\n"
    GoodBye,     // answered "Good bye!\n"
    TooLarge,    // the reply would not fit in one datagram: not answered
    SendFailed,  // the reply could not be sent
    RateLimited, // over the per-source rate limit (reflection guard): not answered
    Echoed,      // answered with its own bytes (--reply echo)
    Text,        // answered with the server's fixed text (--reply text); the bytes are in reply
    ListenOnly,  // not answered: the server only listens (--reply none)
    WouldAmplify, // held back: the reply would send its network more than 3x the bytes it sent (reflection guard)
};

inline bool isAnswered(Outcome outcome)
{
    return outcome == Outcome::Hello || outcome == Outcome::GoodBye || outcome == Outcome::Echoed
        || outcome == Outcome::Text;
}

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
    Outcome outcome = Outcome::Hello;
    // The reply's bytes when they cannot be told from the payload (Text); empty otherwise.
    QByteArray reply;
    // When the reply was handed to the system (the clock right after the send call), ns since the
    // epoch on timeNs's clock; 0 when not answered or not known.
    qint64 replyTimeNs = 0;

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

// The bytes a record's datagram was answered with (empty when it was not answered).
QByteArray replyBytes(const DatagramRecord &record);

using DatagramBatch = QList<DatagramRecord>;

Q_DECLARE_METATYPE(DatagramRecord)
