// SPDX-License-Identifier: MIT
#include "helloclient.h"

#include "protocol.h"

#include <QLocale>

HelloClient::HelloClient(QObject *parent)
    : QObject(parent)
{
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HelloClient::checkTimeouts);
    connect(&m_socket, &SessionSocket::ready, this, &HelloClient::onReady);
    connect(&m_socket, &SessionSocket::failed, this, &HelloClient::onFailed);
    connect(&m_socket, &SessionSocket::datagramRead, this, &HelloClient::handleReply);
    connect(&m_socket, &SessionSocket::serverUnreachable, this,
            [this](const QString &message) { emit errorOccurred(Error::ServerUnreachable, message); });
    connect(&m_socket, &SessionSocket::sendFailed, this,
            [this](const QString &message) { emit errorOccurred(Error::SendFailed, message); });
    connect(&m_socket, &SessionSocket::socketError, this,
            [this](const QString &message) { emit errorOccurred(Error::Other, message); });
}

HelloClient::~HelloClient() = default;

void HelloClient::setServer(const QString &host, quint16 port)
{
    m_wantedHost = host.trimmed();
    m_wantedPort = port;
    m_serverSet = true;
}

bool HelloClient::needsNewSession() const
{
    return m_state == State::Idle || m_wantedHost != m_host || m_wantedPort != m_port;
}

void HelloClient::start(const QString &host, quint16 port)
{
    setServer(host, port);
    start();
}

void HelloClient::start()
{
    stop();
    m_host = m_wantedHost;
    m_port = m_wantedPort;
    if (!ServerLookup::usable(m_host)) {
        emit errorOccurred(Error::InvalidAddress, addressProblem(m_host));
        return;
    }
    ++m_sessionNumber;
    setState(State::Connecting);
    m_socket.open(m_host, m_port, m_socketOptions);
}

void HelloClient::onFailed(SessionSocket::Failure failure, const QString &message)
{
    m_matcher.clear();
    m_outbox.clear();
    setState(State::Idle);
    switch (failure) {
    case SessionSocket::Failure::HostNotFound:
        emit errorOccurred(Error::HostNotFound, message);
        break;
    case SessionSocket::Failure::LocalPortInUse:
        emit errorOccurred(Error::LocalPortInUse, message);
        break;
    case SessionSocket::Failure::Other:
        emit errorOccurred(Error::Other, message);
        break;
    }
}

void HelloClient::setLocalEndpoint(const QHostAddress &address, quint16 port)
{
    m_socketOptions.localAddress = address;
    m_socketOptions.localPort = port;
}

void HelloClient::closeSocket()
{
    m_timeoutTimer.stop();
    m_matcher.clear();
    m_outbox.clear();
    m_socket.close();
}

void HelloClient::stop()
{
    closeSocket();
    if (m_state != State::Ended)
        setState(State::Idle);
}

void HelloClient::endSession()
{
    const QString endpoint = serverEndpoint();
    closeSocket();
    setState(State::Ended);
    emit sessionEnded(endpoint);
}

void HelloClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString HelloClient::serverEndpoint() const
{
    const QString known = m_socket.serverEndpoint();
    return known.isEmpty() ? ServerLookup::endpoint(m_host, m_port) : known;
}

bool HelloClient::retry(int id)
{
    if (m_state != State::Ready || !m_matcher.contains(id))
        return false;
    write(id);
    return true;
}

void HelloClient::write(int id)
{
    if (!m_matcher.markSent(id, m_socket.nowNs(), qint64(m_timeoutMs) * 1000000))
        return;
    const QByteArray message = *m_matcher.message(id);
    ++m_stats.sent;
    m_socket.write(message);
    emit messageSent(id, message);
    armTimer();
}

void HelloClient::onReady()
{
    m_matcher.setManyResponders(m_socket.anyoneMayAnswer());
    setState(State::Ready);
    // Counts belong to a session: a new one starts from zero, and says so when there were any.
    if (m_stats.sent > 0) {
        m_stats = {};
        emit statsReset();
    }
    const std::vector<int> outbox = std::move(m_outbox);
    m_outbox.clear();
    for (int id : outbox)
        write(id);
}

namespace {
// A bad address is quoted cut short: a pasted megabyte is not worth showing whole.
QString quoted(const QString &host) { return host.size() > 80 ? host.left(60) + QChar(0x2026) : host; }
} // namespace

QString HelloClient::addressProblem(const QString &host)
{
    const QString shown = quoted(host.trimmed());
    switch (Protocol::classifyHost(host)) {
    case Protocol::HostKind::IPv4:
    case Protocol::HostKind::IPv6:
    case Protocol::HostKind::HostName:
        return {};
    case Protocol::HostKind::Empty:
        return tr("Type the server's address, such as 127.0.0.1.");
    case Protocol::HostKind::BadIPv4:
        return tr("'%1' is not a valid IPv4 address: four numbers from 0 to 255, such as 127.0.0.1.").arg(shown);
    case Protocol::HostKind::BadIPv6:
        return tr("'%1' is not a valid IPv6 address, such as ::1.").arg(shown);
    case Protocol::HostKind::BadHostName:
        return tr("'%1' is not a valid host name: letters, digits, '-' and dots, such as localhost.").arg(shown);
    }
    return {};
}

QString HelloClient::whoMayAnswer() const
{
    if (!m_socket.anyoneMayAnswer())
        return {};
    const QHostAddress server = m_socket.serverAddress();
    const QString address = Protocol::addressText(Protocol::plainAddress(server));
    switch (ClientSocketSetup::destinationOf(server)) {
    case ClientSocketSetup::Destination::Multicast:
        return tr("%1 is a multicast group: anyone in it may answer, and each reply names its sender.").arg(address);
    case ClientSocketSetup::Destination::Broadcast:
        return tr("%1 is a broadcast address: any computer on the network may answer, and each reply names its "
                  "sender.").arg(address);
    case ClientSocketSetup::Destination::Unicast:
        break;
    }
    return tr("Anyone may answer: each reply names its sender.");
}

int HelloClient::send(const QByteArray &message, SendError *error, QString *why)
{
    SendError result = SendError::None;
    QString sentence;
    if (message.isEmpty()) {
        // As the seed client asks again for a name, nothing is sent.
        result = SendError::Empty;
        sentence = tr("Type a name first: an empty message is not sent.");
    } else if (message.size() > Protocol::MaxNameSize) {
        result = SendError::TooLarge;
        sentence = tr("This message is %1 bytes; a reply can carry at most %2 bytes of it. Nothing was sent.")
                       .arg(QLocale().toString(message.size()), QLocale().toString(Protocol::MaxNameSize));
    } else if (m_serverSet && needsNewSession()) {
        // Another server (or none yet): this message opens a new session there.
        const QString problem = addressProblem(m_wantedHost);
        if (!problem.isEmpty()) {
            result = SendError::InvalidAddress;
            sentence = problem;
        } else {
            start();
        }
    }
    if (result == SendError::None && m_state == State::Ended) {
        result = SendError::Ended;
        sentence = tr("The session is over: start a New session to send again.");
    } else if (result == SendError::None && m_state == State::Idle) {
        result = SendError::NotStarted;
        sentence = tr("No session: check the server's address, then start a New session.");
    }
    if (error)
        *error = result;
    if (why)
        *why = sentence;
    if (result != SendError::None)
        return 0;

    const int id = m_nextId++;
    m_matcher.add(id, message);
    if (m_state == State::Ready)
        write(id);
    else
        m_outbox.push_back(id);
    return id;
}

void HelloClient::handleReply(const QByteArray &reply, qint64 receivedNs, const QHostAddress &sender, quint16 senderPort)
{
    // On a connected socket the sender is the server: not said again on every reply.
    const bool anyone = m_socket.anyoneMayAnswer();
    const QString from = anyone ? Protocol::endpointText(sender, senderPort) : QString();
    const quint64 responder = anyone ? m_matcher.responderKey(sender, senderPort) : 0;
    const ReplyMatcher::Match match = m_matcher.match(reply, receivedNs, responder);
    switch (match.kind) {
    case ReplyMatcher::Match::Kind::Unexpected:
        emit unexpectedReply(reply, from);
        return;
    case ReplyMatcher::Match::Kind::Duplicate:
        ++m_stats.duplicates;
        emit duplicateReply(match.id, reply, from);
        return;
    case ReplyMatcher::Match::Kind::Answer:
        break;
    }
    if (match.late)
        --m_stats.lost;
    if (match.firstAnswer)
        ++m_stats.answered;
    if (match.overtook)
        ++m_stats.reordered;
    armTimer();
    emit replyReceived(match.id, reply, match.roundTripNs / 1000, from);
    if (match.overtook)
        emit replyOutOfOrder(match.id);
    if (match.endsSession)
        endSession();
}

void HelloClient::checkTimeouts()
{
    const std::vector<ReplyMatcher::Expired> expired = m_matcher.expire(m_socket.nowNs());
    armTimer();
    for (const ReplyMatcher::Expired &e : expired) {
        if (e.responders == 0) {
            ++m_stats.lost;
            emit replyTimedOut(e.id);
        }
        if (m_socket.anyoneMayAnswer())
            emit waitEnded(e.id, e.responders);
    }
}

void HelloClient::armTimer()
{
    const qint64 earliest = m_matcher.nextDeadlineNs();
    if (earliest < 0) {
        m_timeoutTimer.stop();
        return;
    }
    const qint64 waitNs = qMax<qint64>(0, earliest - m_socket.nowNs());
    m_timeoutTimer.start(int((waitNs + 999999) / 1000000));
}
