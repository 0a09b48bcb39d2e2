// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSocket>
#include <QByteArrayView>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUdpSocket>

#include <functional>
#include <memory>

class BatchedUdp;
class QSocketNotifier;

// A traffic run's socket. Connected to its server, on Linux it takes the batched path (sendmmsg and
// recvmmsg on a duplicate of the descriptor, the kernel's receive time of each datagram), so the
// generator costs two system calls a batch, not four a datagram; QUdpSocket elsewhere (or with
// UDPCHAT_PORTABLE_IO=1), and when anyone may answer (unconnected: each datagram sent to the
// server's address, each reply with its sender). Only the transport: what is sent and what a
// reply means is TrafficRun's.
class RunSocket : public QObject
{
    Q_OBJECT

public:
    // Datagrams read per readyRead at most: timers and painting keep their turn (the batched
    // path reads BatchedRounds batches of BatchedUdp::Capacity).
    static constexpr int ReadBatchLimit = 64;
    static constexpr int BatchedRounds = 4;
    // A datagram read: its bytes, how long ago (ns) the kernel received it (0: not known), and its
    // sender (the server, when connected).
    using Handler = std::function<void(QByteArrayView payload, qint64 ageNs, const QHostAddress &sender, quint16 port)>;

    explicit RunSocket(QObject *parent = nullptr);
    ~RunSocket() override;

    // Takes a socket made for the run (ClientSocketSetup). Unless anyone may answer, connects it:
    // only the server's datagrams reach it, and "port unreachable" comes back; connected() or
    // errorOccurred() follow. When anyone may answer it is ready at once.
    void adopt(QUdpSocket *socket, const QHostAddress &address, quint16 port, bool anyone);
    void close();
    // Ready to send (connected, or unconnected when anyone may answer).
    bool isConnected() const { return m_connected; }
    bool isOpen() const { return m_socket || m_batched; }
    bool isBatched() const { return m_batched != nullptr; }
    QHostAddress peerAddress() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }
    QString errorString() const { return m_errorString; }

    // Sends payloads[0..count) in order, in as few system calls as it can; returns how many went
    // out (errorString() says why the next did not).
    int send(const QByteArrayView *payloads, int count);
    // Reads up to ReadBatchLimit datagrams, each handed to handle; returns how many.
    int read(const Handler &handle);

signals:
    void connected();
    // Datagrams are waiting; emitted again while they remain.
    void readyRead();
    void errorOccurred(QAbstractSocket::SocketError error);

private:
    void onConnected();
    int readPortable(const Handler &handle);
    int readBatched(const Handler &handle);
    void failBatched(int systemError);

    QPointer<QUdpSocket> m_socket;  // until connected, and for good on the portable path
    std::unique_ptr<BatchedUdp> m_batched;
    QSocketNotifier *m_notifier = nullptr;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    bool m_connected = false;
    bool m_anyone = false;
    QHostAddress m_sender;  // reused: a QHostAddress allocates
    QString m_errorString;
    QByteArray m_readBuffer;
};
