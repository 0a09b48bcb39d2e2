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
};

inline bool isAnswered(Outcome outcome)
{
    return outcome == Outcome::Hello || outcome == Outcome::GoodBye || outcome == Outcome::Echoed
        || outcome == Outcome::Text;
}

struct DatagramRecord
{
    qint64 timeMs = 0;         // when it was read, ms since the epoch (UTC)
    QHostAddress sender;       // plain: IPv4 senders on a dual-stack socket show as IPv4
    quint16 senderPort = 0;
    QByteArray payload;        // every byte, never truncated
    QHostAddress destination;  // the server's address it was sent to; null when bound to all addresses
    quint16 destinationPort = 0;
    Outcome outcome = Outcome::Hello;
    // The reply's bytes when they cannot be told from the payload (Text); empty otherwise.
    QByteArray reply;
};

// The bytes a record's datagram was answered with (empty when it was not answered).
QByteArray replyBytes(const DatagramRecord &record);

using DatagramBatch = QList<DatagramRecord>;

Q_DECLARE_METATYPE(DatagramRecord)
