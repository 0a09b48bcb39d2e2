// SPDX-License-Identifier: MIT
#include "helloclient.h"

#include "arrivaltime.h"
#include "protocol.h"

#include <QHostInfo>
#include <QLocale>
#include <QUdpSocket>

#include <algorithm>

namespace {
constexpr int ReadBatchLimit = 64;
// Larger than any UDP payload (65,507 bytes over IPv4, 65,527 over IPv6): nothing is cut.
constexpr int MaxReadSize = 65536;
} // namespace

HelloClient::HelloClient(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HelloClient::checkTimeouts);
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
    QHostAddress literal;
    const Protocol::HostKind kind = Protocol::classifyHost(m_host, &literal);
    if (kind != Protocol::HostKind::IPv4 && kind != Protocol::HostKind::IPv6 && kind != Protocol::HostKind::HostName) {
        emit errorOccurred(Error::InvalidAddress, addressProblem(m_host));
        return;
    }
    ++m_sessionNumber;
    setState(State::Connecting);
    if (kind == Protocol::HostKind::HostName) {
        // Asynchronous: the window never waits on the resolver.
        m_lookupId = QHostInfo::lookupHost(m_host, this, &HelloClient::onLookedUp);
        return;
    }
    connectTo(literal);
}

void HelloClient::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        setState(State::Idle);
        m_matcher.clear();
        m_outbox.clear();
        emit errorOccurred(Error::HostNotFound, tr("Cannot find the host %1").arg(m_host));
        return;
    }
    const auto v4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    connectTo(v4 != addresses.end() ? *v4 : addresses.first());
}

void HelloClient::setLocalEndpoint(const QHostAddress &address, quint16 port)
{
    m_localAddress = address;
    m_localPort = port;
}

void HelloClient::connectTo(const QHostAddress &address)
{
    auto *socket = new QUdpSocket(this);
    if (!m_localAddress.isNull() || m_localPort != 0) {
        // The same family as the server's, when only a port is asked for.
        const QHostAddress local = !m_localAddress.isNull() ? m_localAddress
            : address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                   : QHostAddress(QHostAddress::AnyIPv4);
        if (!socket->bind(local, m_localPort, QAbstractSocket::DontShareAddress)) {
            const QString where = Protocol::endpointText(local, m_localPort);
            const bool inUse = socket->error() == QAbstractSocket::AddressInUseError;
            const QString reason = socket->errorString();
            delete socket;
            m_matcher.clear();
            m_outbox.clear();
            setState(State::Idle);
            emit errorOccurred(inUse ? Error::LocalPortInUse : Error::Other,
                               inUse ? tr("The local port %1 is in use by another program: pick another, or leave it "
                                          "empty and the system picks one. Nothing was sent.").arg(where)
                                     : tr("Cannot send from %1: %2. Nothing was sent.").arg(where, reason));
            return;
        }
    }
    m_socket = socket;
    connect(socket, &QUdpSocket::connected, this, &HelloClient::onConnected);
    connect(socket, &QUdpSocket::readyRead, this, &HelloClient::readReplies);
    connect(socket, &QUdpSocket::errorOccurred, this, &HelloClient::onSocketError);
    socket->connectToHost(address, m_port);
}

void HelloClient::closeSocket()
{
    ++m_generation;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_timeoutTimer.stop();
    m_matcher.clear();
    m_outbox.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
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
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return Protocol::endpointText(m_socket->peerAddress(), m_socket->peerPort());
    const QHostAddress literal(m_host);
    if (!literal.isNull())
        return Protocol::endpointText(literal, m_port);
    return m_host + QLatin1Char(':') + QString::number(m_port);
}

quint16 HelloClient::localPort() const { return m_socket ? m_socket->localPort() : 0; }

bool HelloClient::retry(int id)
{
    if (m_state != State::Ready || !m_matcher.contains(id))
        return false;
    write(id);
    return true;
}

void HelloClient::write(int id)
{
    if (!m_matcher.markSent(id, m_clock.nsecsElapsed(), qint64(m_timeoutMs) * 1000000))
        return;
    const QByteArray message = *m_matcher.message(id);
    ++m_stats.sent;
    // Through the simulated network (a straight line unless conditions are on).
    const int generation = m_generation;
    m_conditions.outgoing(message, [this, generation](const QByteArray &bytes) {
        if (generation != m_generation || !m_socket)
            return;  // a datagram held back by the simulation outlived its session
        // Connected socket: write(), not writeDatagram().
        if (m_socket->write(bytes) != bytes.size()) {
            emit errorOccurred(Error::SendFailed, tr("Could not send to %1: %2")
                                                      .arg(serverEndpoint(), m_socket->errorString()));
        }
    });
    emit messageSent(id, message);
    armTimer();
}

void HelloClient::onConnected()
{
    ArrivalTime::enable(m_socket->socketDescriptor());
    setState(State::Ready);
    const std::vector<int> outbox = std::move(m_outbox);
    m_outbox.clear();
    for (int id : outbox)
        write(id);
}

void HelloClient::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::TemporaryError:
        return;  // a read found nothing more: not an error
    case QAbstractSocket::ConnectionRefusedError:
        emit errorOccurred(Error::ServerUnreachable, tr("No server is listening at %1").arg(serverEndpoint()));
        break;
    default:
        emit errorOccurred(Error::Other, m_socket ? m_socket->errorString() : QString());
        break;
    }
}

void HelloClient::readReplies()
{
    // The first read does not peek: a peek (hasPendingDatagrams) would swallow a pending
    // "port unreachable" error, while a read reports it as ConnectionRefusedError.
    m_readBuffer.resize(MaxReadSize);
    for (int i = 0; i < ReadBatchLimit && m_socket; ++i) {
        if (i > 0 && !m_socket->hasPendingDatagrams())
            break;
        const qint64 got = m_socket->readDatagram(m_readBuffer.data(), m_readBuffer.size());
        if (got < 0)
            break;  // an ICMP error, reported through onSocketError, or nothing to read
        // The kernel's arrival time, on this engine's clock: the round trip is the network's, not
        // the time the reply waited while the window painted. A simulated delay comes on top.
        const qint64 readNs = m_clock.nsecsElapsed();
        const qint64 arrivedNs = readNs - ArrivalTime::ageOfLastRead(m_socket->socketDescriptor());
        const int generation = m_generation;
        m_conditions.incoming(QByteArray(m_readBuffer.constData(), got),
                              [this, generation, readNs, arrivedNs](const QByteArray &reply) {
            if (generation == m_generation)
                handleReply(reply, arrivedNs + (m_clock.nsecsElapsed() - readNs));
        });
    }
}

void HelloClient::handleReply(const QByteArray &reply, qint64 receivedNs)
{
    const ReplyMatcher::Match match = m_matcher.match(reply, receivedNs);
    switch (match.kind) {
    case ReplyMatcher::Match::Kind::Unexpected:
        emit unexpectedReply(reply);
        return;
    case ReplyMatcher::Match::Kind::Duplicate:
        ++m_stats.duplicates;
        emit duplicateReply(match.id, reply);
        return;
    case ReplyMatcher::Match::Kind::Answer:
        break;
    }
    if (match.late)
        --m_stats.lost;
    ++m_stats.answered;
    if (match.overtook)
        ++m_stats.reordered;
    armTimer();
    emit replyReceived(match.id, reply, match.roundTripNs / 1000);
    if (match.overtook)
        emit replyOutOfOrder(match.id);
    if (match.endsSession)
        endSession();
}

void HelloClient::checkTimeouts()
{
    const std::vector<int> expired = m_matcher.expire(m_clock.nsecsElapsed());
    m_stats.lost += int(expired.size());
    armTimer();
    for (int id : expired)
        emit replyTimedOut(id);
}

void HelloClient::armTimer()
{
    const qint64 earliest = m_matcher.nextDeadlineNs();
    if (earliest < 0) {
        m_timeoutTimer.stop();
        return;
    }
    const qint64 waitNs = qMax<qint64>(0, earliest - m_clock.nsecsElapsed());
    m_timeoutTimer.start(int((waitNs + 999999) / 1000000));
}
