// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"
#include "defaults.h"
#include "runreplymatcher.h"
#include "runsocket.h"
#include "runstatistics.h"
#include "serverlookup.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QUdpSocket;

// One message sent to a hello server again and again (count times, or until stop()), one every
// interval, each reply matched by RunReplyMatcher and measured in RunStatistics. "{seq}" in the
// message becomes each datagram's sequence number (1, 2, 3...), so that every reply names the
// datagram it answers: duplicates and reordering can then be told. Without it the replies are
// all alike and each is taken for the oldest datagram still waiting (nothing is then duplicated
// or reordered, as nothing can be told apart).
// Its own socket (RunSocket: sendmmsg / recvmmsg on Linux when connected), not HelloClient's: a
// run is measured on its own clock and its statistics are not a conversation's. A reply's time is
// when the kernel received it, where the system says. Memory stays bounded however long it runs.
// When anyone may answer (--any-sender, a group, a broadcast address) the socket is unconnected:
// each responder answers each datagram once, every reply naming its sender with its own round
// trip; the statistics count datagrams (answered by at least one), and the run waits out the
// last datagram's timeout for the others.
class TrafficRun : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString host = QString::fromLatin1(Defaults::Address);
        quint16 port = Defaults::Port;
        QByteArray message;
        quint64 count = 0;  // 0: until stop()
        qint64 intervalNs = Defaults::ConsoleRunIntervalMs * 1000LL * 1000;  // between sends; at least 1 ns
        int timeoutMs = Defaults::TimeoutMs.defaultValue;
        bool expectAny = false;  // --expect any: any datagram answers (a numbered echo names its datagram)
        ClientSocketSetup::Options socket;  // local endpoint, who may answer, group options
    };

    // Datagrams sent at most per wake-up, so that a high rate still lets replies be read.
    static constexpr int MaxSendsPerTick = 256;

    // The monotonic clock (ns) sends and replies are timed on; tests give their own.
    using Clock = std::function<qint64()>;

    explicit TrafficRun(QObject *parent = nullptr);
    ~TrafficRun() override;

    // An injected clock is the only time: the kernel's receive times are then not mixed in.
    void setClock(Clock clock)
    {
        m_now = std::move(clock);
        m_kernelTimes = false;
    }
    // Starts a run (ending any current one, and its statistics with it). The host is looked up
    // without blocking; a bad address is reported through errorOccurred and finished.
    void start(const Settings &settings);
    // Ends the run now: nothing more is sent, and what has no reply yet counts as lost.
    void stop();
    bool isRunning() const { return m_running; }

    const Settings &settings() const { return m_settings; }
    const RunStatistics &statistics() const { return m_stats; }
    // "127.0.0.1:6000": where the replies come from (the host as typed until it is known).
    QString serverEndpoint() const;

signals:
    void datagramSent(quint64 seq);
    // from: the sender's "address:port" (the server's on a connected socket).
    void replyReceived(quint64 seq, const QByteArray &reply, qint64 roundTripNs, const QString &from);
    void duplicateReceived(quint64 seq, const QByteArray &reply, const QString &from);
    // A reply to none of the run's datagrams, or to one already counted lost (late).
    void unexpectedReceived(const QByteArray &reply, const QString &from);
    void replyTimedOut(quint64 seq);
    // What RunStatistics counts, one signal per datagram: its first answer (later responders' and
    // duplicates are not), and each datagram counted lost, whether it timed out, was given up on
    // to keep memory bounded, or was still waiting when stop() ended the run (waitedNs: since it was sent).
    void datagramAnswered(quint64 seq, qint64 roundTripNs);
    void datagramLost(quint64 seq, qint64 waitedNs);
    void errorOccurred(const QString &message);
    // Every datagram sent and each answered or lost, or stop(), or a failed start.
    void finished();

private:
    void onHostNotFound();
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void sendPayloads(int count);
    void readReplies();
    void handleReply(const QByteArray &reply, qint64 nowNs, const QString &from);
    // Anyone may answer: a reply to a datagram someone answered already; false when the
    // statistics are to count it.
    bool handleOtherResponder(quint64 seq, const QByteArray &reply, qint64 nowNs, const QString &from);
    void tick();
    void sendDue(qint64 nowNs);
    void expire(qint64 nowNs);
    bool allAccountedFor() const;
    void finish();
    void report(const QString &message);
    void closeSocket();

    Settings m_settings;
    bool m_running = false;
    ServerLookup m_lookup;
    RunSocket m_socket;
    QHostAddress m_serverAddress;
    bool m_anyone = false;
    QHostAddress m_sender;  // reused: a QHostAddress allocates
    QString m_serverText;   // "address:port" of the connected server
    RunStatistics m_stats;
    // The datagrams in their time, at most RunStatistics' window of them, and who answered which.
    RunReplyMatcher m_matcher;
    quint64 m_attempted = 0;
    qint64 m_startNs = 0;
    QList<QByteArray> m_payloads;  // one tick's datagrams, reused
    QList<QByteArrayView> m_payloadViews;
    bool m_kernelTimes = true;
    QString m_lastError;  // said once until it changes, not once per datagram
    QElapsedTimer m_clock;
    Clock m_now;
    QTimer m_timer;
};
