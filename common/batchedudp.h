// SPDX-License-Identifier: MIT
#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <memory>

// Many datagrams per system call on a bound UDP socket: recvmmsg / sendmmsg on Linux.
// Qt pays four system calls a datagram (peek, size, receive, send); this pays two a batch.
// Elsewhere isSupported() is false and HelloServer keeps to the portable QUdpSocket path.
class BatchedUdp
{
public:
    static constexpr int Capacity = 64;
    // Larger than any UDP payload: nothing is ever cut.
    static constexpr int SlotSize = 65536;

    static bool isSupported();

    // Takes ownership of the descriptor (closes it when destroyed).
    explicit BatchedUdp(qintptr socketDescriptor);
    static qintptr duplicate(qintptr socketDescriptor);
    qintptr descriptor() const { return m_fd; }
    ~BatchedUdp();
    BatchedUdp(const BatchedUdp &) = delete;
    BatchedUdp &operator=(const BatchedUdp &) = delete;

    // Reads up to Capacity datagrams without blocking. Returns how many (0: none), -1 on error.
    int receive();
    QByteArrayView payload(int i) const;
    QHostAddress sender(int i, quint16 *port) const;
    // When the kernel received datagram i, ns since the epoch (SO_TIMESTAMPNS); 0 if it did not say.
    qint64 receiveTimeNs(int i) const;
    // The address datagram i was sent to (this host's address, a multicast group or a broadcast
    // address; IPv4 as plain IPv4 even on a dual-stack socket) and the interface it came in on
    // (0 if unknown), from IP_PKTINFO / IPV6_PKTINFO. Null if the kernel did not say.
    QHostAddress destination(int i, int *interfaceIndex) const;

    // One reply to send: the pieces go back to the sender of received datagram `to`, gathered
    // as they are (pieces may point into the receive buffer: nothing is copied).
    struct Reply
    {
        int to = 0;
        Protocol::ReplyPieces pieces;
    };
    // Sends each reply, in as few calls as possible. It knows nothing of what the bytes say.
    // On return errors[k] is 0 for a sent reply, else the system's error number.
    void send(const QList<Reply> &replies, QList<int> *errors);
    // On a connected socket (a client's): sends payloads[0..count) in order, in as few calls as
    // possible, and returns how many went out; when fewer, error() is the system's reason.
    int sendToPeer(const QByteArrayView *payloads, int count);
    // The system's error number of the last receive() or sendToPeer() that failed.
    int error() const { return m_error; }

private:
    struct Buffers;
    std::unique_ptr<Buffers> m_buffers;
    qintptr m_fd;
    int m_received = 0;
    int m_error = 0;
    // Senders repeat from batch to batch: the last address is kept, not parsed again.
    mutable QByteArray m_lastSockaddr;
    mutable QHostAddress m_lastSender;
    // Destinations repeat even more (usually one address): the same, keyed by the raw bytes.
    mutable QByteArray m_lastDestinationKey;
    mutable QHostAddress m_lastDestination;
};
