// SPDX-License-Identifier: MIT
#pragma once

#include "clientsocketsetup.h"
#include "defaults.h"
#include "networkconditions.h"
#include "replymatcher.h"
#include "sessionsocket.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <vector>

// One session with one hello server over a connected UDP socket: only that server's datagrams
// reach it, and the system's "port unreachable" comes back as an error. Or, when anyone may
// answer (--any-sender, a multicast group, a broadcast address), over an unconnected one: every
// reply names its sender, and each responder answers each message once (ReplyMatcher). Replies are matched to
// the messages they answer (ReplyMatcher); a message without a reply in time is reported, and a
// late reply is still matched. It decides what may be sent and says why not; windows only show.
// The socket itself (lookup, connect, reads with kernel times, the simulated network) is
// SessionSocket's.
class HelloClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Ready, Ended };
    Q_ENUM(State)
    enum class SendError { None, Empty, TooLarge, InvalidAddress, NotStarted, Ended };
    enum class Error { ServerUnreachable, HostNotFound, InvalidAddress, SendFailed, LocalPortInUse, Other };
    Q_ENUM(Error)

    explicit HelloClient(QObject *parent = nullptr);
    ~HelloClient() override;

    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }
    // What counts as a reply (--expect): the hello protocol's matching, or any datagram.
    void setExpect(ReplyMatcher::Expect expect) { m_matcher.setExpect(expect); }
    ReplyMatcher::Expect expect() const { return m_matcher.expect(); }
    // The local address and port to send from (--local-address, --local-port); null and 0: the
    // system picks. Takes effect at the next session.
    void setLocalEndpoint(const QHostAddress &address, quint16 port);
    // Who may answer (--any-sender), and all the socket's options (a group's too): each takes
    // effect at the next session.
    void setAnySender(bool any) { m_socketOptions.anySender = any; }
    bool anySender() const { return m_socketOptions.anySender; }
    void setSocketOptions(const ClientSocketSetup::Options &options) { m_socketOptions = options; }
    const ClientSocketSetup::Options &socketOptions() const { return m_socketOptions; }
    // Whether this session's socket hears anyone (asked for, or a group or broadcast server).
    bool anyoneMayAnswer() const { return m_socket.anyoneMayAnswer(); }
    // Why anyone may answer this session, in a sentence (a group, a broadcast address, or asked
    // for); empty when only the server may.
    QString whoMayAnswer() const;
    int timeout() const { return m_timeoutMs; }

    // What is wrong with a server address a user typed, in a sentence; empty when it is usable.
    static QString addressProblem(const QString &host);

    // Where the next message goes. When it differs from the current session's server (or there
    // is no session), the next send() starts a new session there: a new socket, a new source port.
    void setServer(const QString &host, quint16 port);
    // Starts a new session with the server set (a new socket, so a new source port); ends any
    // current one. A host name is looked up without blocking; IPv4 is preferred, as the seed uses.
    void start();
    void start(const QString &host, quint16 port);
    void stop();
    // Sessions started so far (the first is 1).
    int sessionNumber() const { return m_sessionNumber; }

    // Returns the message's id (> 0), or 0 with the reason in *error and a sentence for the user
    // in *why. Nothing is sent on error.
    int send(const QByteArray &message, SendError *error = nullptr, QString *why = nullptr);
    // Sends a message again that has no reply yet. Returns false if there is no such message.
    bool retry(int id);

    State state() const { return m_state; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // "127.0.0.1:6000" once connected, host:port before.
    QString serverEndpoint() const;
    quint16 localPort() const { return m_socket.localPort(); }
    int waitingCount() const { return m_matcher.waitingCount(); }

    // What happened to this session's messages (a new session starts from zero: statsReset()).
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
    void setConditions(const ConditionSettings &settings) { m_socket.setConditions(settings); }
    ConditionSettings conditions() const { return m_socket.conditions(); }
    // What the simulation did (drops, duplicates, reorders) since its settings last changed.
    NetworkConditions::Stats simulated() const { return m_socket.simulated(); }

signals:
    // `from` (the sender's "address:port") is empty on a connected socket: only the server answers.
    void stateChanged(HelloClient::State state);
    void messageSent(int id, const QByteArray &message);
    void replyReceived(int id, const QByteArray &reply, qint64 roundTripUs, const QString &from);
    // No one answered the message in time.
    void replyTimedOut(int id);
    // When anyone may answer: the message's time ran out and `responders` had answered it.
    void waitEnded(int id, int responders);
    // A datagram that answers none of our messages.
    void unexpectedReply(const QByteArray &reply, const QString &from);
    // A reply that came again (from the same responder) after its message was answered.
    void duplicateReply(int id, const QByteArray &reply, const QString &from);
    // Emitted right after replyReceived when that reply overtook an older message's.
    void replyOutOfOrder(int id);
    void sessionEnded(const QString &serverEndpoint);
    // A new session started its counts from zero (the last session's are gone).
    void statsReset();
    void errorOccurred(HelloClient::Error error, const QString &message);

private:
    void setState(State state);
    void onReady();
    void onFailed(SessionSocket::Failure failure, const QString &message);
    // receivedNs: when the reply arrived, on the socket's clock.
    void handleReply(const QByteArray &reply, qint64 receivedNs, const QHostAddress &sender, quint16 senderPort);
    void write(int id);
    void checkTimeouts();
    void armTimer();
    void endSession();
    // The one way a session ends its socket: stop() and the end of a session share it.
    void closeSocket();
    bool needsNewSession() const;

    SessionSocket m_socket;
    State m_state = State::Idle;
    QString m_host;
    quint16 m_port = 0;
    QString m_wantedHost;
    quint16 m_wantedPort = 0;
    bool m_serverSet = false;
    ClientSocketSetup::Options m_socketOptions;
    int m_sessionNumber = 0;
    int m_timeoutMs = Defaults::TimeoutMs.defaultValue;
    int m_nextId = 1;
    ReplyMatcher m_matcher;
    std::vector<int> m_outbox;  // ids written once connected
    Stats m_stats;
    QTimer m_timeoutTimer;
};
