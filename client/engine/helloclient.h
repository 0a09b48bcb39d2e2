#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "networkconditions.h"

#include <deque>
#include <vector>

class QHostInfo;
class QUdpSocket;

// One session with one hello server over a connected UDP socket: only that server's datagrams
// reach it, and the system's "port unreachable" comes back as an error. Replies are matched to
// the messages they answer; a message without a reply in time is reported, and a late reply is
// still matched.
class HelloClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Ready, Ended };
    Q_ENUM(State)
    enum class SendError { None, Empty, TooLarge, NotStarted, Ended };
    enum class Error { ServerUnreachable, HostNotFound, InvalidAddress, SendFailed, Other };
    Q_ENUM(Error)

    static constexpr int DefaultTimeoutMs = 1000;
    // Messages kept for late replies after their timeout; the oldest are forgotten first.
    static constexpr int MaxTimedOutKept = 1000;

    explicit HelloClient(QObject *parent = nullptr);
    ~HelloClient() override;

    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeout() const { return m_timeoutMs; }

    // Starts a new session (a new socket, so a new source port); ends any current one.
    // A host name is looked up without blocking; IPv4 addresses are preferred, as the seed uses IPv4.
    void start(const QString &host, quint16 port);
    void stop();

    // Returns the message's id (> 0), or 0 with the reason in *error. Nothing is sent on error.
    int send(const QByteArray &message, SendError *error = nullptr);
    // Sends a message again that has no reply yet. Returns false if there is no such message.
    bool retry(int id);

    State state() const { return m_state; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // "127.0.0.1:6000" once connected, host:port before.
    QString serverEndpoint() const;
    quint16 localPort() const;
    int waitingCount() const;

    // What happened to this client's messages, over all its sessions.
    struct Stats
    {
        int sent = 0;        // datagrams written, retries included
        int answered = 0;
        int lost = 0;        // timed out and not answered (yet)
        int duplicates = 0;  // replies that came twice
        int reordered = 0;   // replies that overtook an older message's
    };
    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    // Simulated loss, delay, duplication and reordering (off by default).
    NetworkConditions *conditions() { return &m_conditions; }

signals:
    void stateChanged(HelloClient::State state);
    void messageSent(int id, const QByteArray &message);
    void replyReceived(int id, const QByteArray &reply, qint64 roundTripUs);
    void replyTimedOut(int id);
    // A datagram from the server that answers none of our messages.
    void unexpectedReply(const QByteArray &reply);
    // A reply that came again after its message was answered.
    void duplicateReply(int id, const QByteArray &reply);
    // Emitted right after replyReceived when that reply overtook an older message's.
    void replyOutOfOrder(int id);
    void sessionEnded(const QString &serverEndpoint);
    void errorOccurred(HelloClient::Error error, const QString &message);

private:
    struct Outstanding
    {
        int id = 0;
        QByteArray message;
        qint64 sentNs = 0;
        qint64 deadlineNs = 0;
        bool timedOut = false;
    };

    void setState(State state);
    void onConnected();
    void connectTo(const QHostAddress &address);
    void onLookedUp(const QHostInfo &info);
    void onSocketError(QAbstractSocket::SocketError error);
    void readReplies();
    void handleReply(const QByteArray &reply);
    void write(Outstanding &message);
    void checkTimeouts();
    void armTimer();
    void endSession();
    std::vector<Outstanding>::iterator findFor(const QByteArray &message);

    QPointer<QUdpSocket> m_socket;
    State m_state = State::Idle;
    QString m_host;
    int m_lookupId = -1;
    quint16 m_port = 0;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_nextId = 1;
    std::vector<Outstanding> m_outstanding;  // in send order
    std::vector<int> m_outbox;               // ids written once connected
    QByteArray m_readBuffer;
    // Replies matched lately, to spot duplicates: their size and a keyed hash, not the replies
    // themselves (256 replies of 64 KiB each would be 16 MiB a hostile server chose to fill).
    struct Answered
    {
        int id = 0;
        qsizetype size = 0;
        size_t hash = 0;
    };
    static constexpr size_t MaxRecentlyAnswered = 256;
    std::deque<Answered> m_recentlyAnswered;
    // A secret seed per client, so that a server cannot craft a datagram whose hash collides.
    size_t m_hashSeed = 0;
    NetworkConditions m_conditions;
    int m_generation = 0;  // bumped at each session's end: late simulated deliveries are dropped
    Stats m_stats;
    QElapsedTimer m_clock;
    QTimer m_timeoutTimer;
};
