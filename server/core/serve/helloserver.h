// SPDX-License-Identifier: MIT
#pragma once

#include "batchedudp.h"
#include "datagramrecord.h"
#include "defaults.h"
#include "multicastmembership.h"
#include "protocol.h"
#include "ratemeter.h"
#include "replydecider.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class QUdpSocket;

// The hello server: one UDP socket, every datagram answered at once, each one reported. It
// owns the socket and its two read paths; what each datagram gets back is ReplyDecider's.
class HelloServer : public QObject
{
    Q_OBJECT

public:
    using Counters = ServeCounters;

    // At most this many datagrams are read per readyRead, so a flood never starves the event loop:
    // Qt emits readyRead again while datagrams remain.
    static constexpr int BatchLimit = 64;
    // The batched path reads up to this many batches of 64 per wake-up.
    static constexpr int BatchedRounds = 4;
    // How datagrams move: Batched (recvmmsg/sendmmsg, Linux) or Portable (QUdpSocket, everywhere).
    // Batched is the default where supported; UDPCHAT_PORTABLE_IO=1 in the environment forces Portable.
    enum class IoMode { Portable, Batched };

    explicit HelloServer(QObject *parent = nullptr);
    ~HelloServer() override;

    // Binds and starts serving. On failure returns false, emits errorOccurred and keeps no socket.
    // With multicast groups set, it binds the wildcard of the groups' family instead of address
    // (a socket bound to one unicast address never sees group traffic), shared so that several
    // servers can hear one group on one port; without groups the port is this server's alone.
    bool listen(const QHostAddress &address, quint16 port);
    void close();

    bool isListening() const;
    // Whether reported records carry the payload and the reply's bytes (the window's log, a log
    // file and a capture need them; a console that prints only senders does not, and saves a
    // copy or two per datagram). Default true.
    void setKeepPayloads(bool keep) { m_decider.setKeepPayloads(keep); }
    // Whether the batches reported are kept on another thread after the signal (the window's
    // engine thread hands them to the window's): each is then read into a list of its own.
    void setBatchesLeaveThread(bool leave) { m_batchesLeaveThread = leave; }
    // Takes effect at the next listen().
    void setIoMode(IoMode mode);
    IoMode ioMode() const { return m_ioMode; }
    QHostAddress address() const;
    quint16 port() const;

    // The groups to join (--join); take effect at the next listen(). Joins, failures and interfaces
    // that come and go are told through multicastReport.
    void setMulticastGroups(const QList<MulticastGroup> &groups) { m_membership.setGroups(groups); }
    QList<MulticastGroup> multicastGroups() const { return m_membership.groups(); }
    const MulticastMembership &membership() const { return m_membership; }
    // What the system granted at the last listen() (Linux doubles what is asked, within its limits).
    int receiveBufferSize() const { return m_receiveBufferSize; }
    // Bytes to ask for at the next listen() (--recv-buffer); 0: Defaults::ServerReceiveBuffer.
    void setWantedReceiveBuffer(int bytes) { m_wantedReceiveBuffer = bytes > 0 ? bytes : Defaults::ServerReceiveBuffer; }
    int wantedReceiveBuffer() const { return m_wantedReceiveBuffer; }

    QAbstractSocket::SocketError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // droppedBySystem is asked of the system here (cheap): call it when the counters are shown.
    Counters counters() const;
    // The counters as both programs print them on the way out (plain digits: scripts read them).
    QString summary() const;
    // Serves what is still queued in the socket, for at most maxMs: on the way out (a signal, a
    // closed window), so nothing sent to us is dropped without a word. True when it was emptied.
    bool drain(int maxMs = 1000);
    // Datagrams received per second, smoothed over about a second (sampled when asked).
    double receivedPerSecond() { return m_receiveRate.sample(m_decider.counters().received, m_decider.now()); }

    // The monotonic clock (ns) the rate limit runs on; tests give their own.
    using Clock = ReplyDecider::Clock;
    void setClock(Clock clock) { m_decider.setClock(std::move(clock)); }

    // How datagrams are answered (--reply); the tutorial's hello protocol by default.
    void setReplyMode(std::unique_ptr<ReplyMode> mode) { m_decider.setReplyMode(std::move(mode)); }
    const ReplyMode &replyMode() const { return m_decider.replyMode(); }

    // Replies per second per source network; 0 is off. Takes effect at once and at each listen().
    void setRateLimit(int perSecond) { m_decider.setRateLimit(perSecond); }
    int rateLimitSetting() const { return m_decider.rateLimitSetting(); }
    // What is in force now (0: off).
    int effectiveRateLimit() const { return m_decider.effectiveRateLimit(); }

    // A sentence for the user about the last failed listen(): what failed, where, and why.
    QString bindErrorMessage() const;

signals:
    // One signal per batch read from the socket, in arrival order.
    void datagramsReceived(const DatagramBatch &batch);
    void listeningChanged(bool listening);
    void errorOccurred(const QString &message);
    void multicastReport(const QString &message);

private:
    void readBatchPortable();
    void readBatchBatched();
    int serveOneBatch();  // how many datagrams it served
    // Sends the batch's replies (m_replyBuffer) in one call, then stamps and counts each datagram.
    void sendReplies(DatagramBatch &batch, int count);
    void setError(QAbstractSocket::SocketError error, const QString &text);
    void sendFailed(DatagramRecord &record, const QString &reason);
    // Where and when a datagram arrived, as its read path learned it. destination may be null
    // (the system did not say): the bound address stands in where it is one.
    struct Arrival
    {
        const QHostAddress &from;
        quint16 fromPort;
        qint64 timeNs;
        const QHostAddress &destination;
        int interfaceIndex;
    };
    // What both read paths record of a datagram, and the reply to send if any (ReplyDecider's;
    // counter: replies sent before this one; made: where the mode may build the reply's bytes).
    Protocol::ReplyPieces fill(DatagramRecord &record, QByteArrayView payload, const Arrival &arrival,
                               quint64 counter, QByteArray *made);
    // The kernel's drop count of the socket being served, or -1 (none, or the system cannot say).
    qint64 socketDrops() const;

    QUdpSocket *m_socket = nullptr;
    MulticastMembership m_membership;
    IoMode m_ioMode = IoMode::Portable;
    ReplyDecider m_decider;
    std::unique_ptr<BatchedUdp> m_batched;
    QSocketNotifier *m_notifier = nullptr;
    DatagramBatch m_batchBuffer;
    const DatagramRecord m_blankRecord;  // what each batched record starts as, where batches leave
    bool m_batchesLeaveThread = false;
    QList<BatchedUdp::Reply> m_replyBuffer;
    std::vector<QByteArray> m_made;  // a mode's built replies, one per datagram of a batch
    QList<int> m_errorBuffer;
    QHostAddress m_wantedAddress;
    QHostAddress m_localAddress;
    QHostAddress m_knownDestination;
    quint16 m_localPort = 0;
    quint16 m_wantedPort = 0;
    RateMeter m_receiveRate;
    int m_receiveBufferSize = 0;
    int m_wantedReceiveBuffer = Defaults::ServerReceiveBuffer;
    quint64 m_droppedByClosedSockets = 0;  // the kernel's count dies with each socket: kept here
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    QString m_lastSendError;  // reported once until it changes, not once per datagram
};
