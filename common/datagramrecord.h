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
};

inline bool isAnswered(Outcome outcome)
{
    return outcome == Outcome::Hello || outcome == Outcome::GoodBye;
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
};

using DatagramBatch = QList<DatagramRecord>;

Q_DECLARE_METATYPE(DatagramRecord)
