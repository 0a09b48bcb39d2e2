#include "helloclient.h"

#include "protocol.h"

#include <QHash>
#include <QHostInfo>
#include <QRandomGenerator>
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
    m_hashSeed = size_t(QRandomGenerator::system()->generate64());
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HelloClient::checkTimeouts);
}

HelloClient::~HelloClient() = default;

void HelloClient::start(const QString &host, quint16 port)
{
    stop();
    m_host = host;
    m_port = port;
    setState(State::Connecting);
    QHostAddress literal;
    switch (Protocol::classifyHost(host, &literal)) {
    case Protocol::HostKind::IPv4:
    case Protocol::HostKind::IPv6:
        connectTo(literal);
        return;
    case Protocol::HostKind::HostName:
        // Asynchronous: the window never waits on the resolver.
        m_lookupId = QHostInfo::lookupHost(host.trimmed(), this, &HelloClient::onLookedUp);
        return;
    default:
        setState(State::Idle);
        emit errorOccurred(Error::InvalidAddress, tr("'%1' is not a valid server address").arg(host));
        return;
    }
}

void HelloClient::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    const QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        setState(State::Idle);
        m_outstanding.clear();
        m_outbox.clear();
        emit errorOccurred(Error::HostNotFound, tr("Cannot find the host %1").arg(m_host));
        return;
    }
    const auto v4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    connectTo(v4 != addresses.end() ? *v4 : addresses.first());
}

void HelloClient::connectTo(const QHostAddress &address)
{
    auto *socket = new QUdpSocket(this);
    m_socket = socket;
    connect(socket, &QUdpSocket::connected, this, &HelloClient::onConnected);
    connect(socket, &QUdpSocket::readyRead, this, &HelloClient::readReplies);
    connect(socket, &QUdpSocket::errorOccurred, this, &HelloClient::onSocketError);
    socket->connectToHost(address, m_port);
}

void HelloClient::stop()
{
    ++m_generation;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_timeoutTimer.stop();
    m_outstanding.clear();
    m_outbox.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_state != State::Ended)
        setState(State::Idle);
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

int HelloClient::waitingCount() const
{
    return int(std::count_if(m_outstanding.begin(), m_outstanding.end(),
                             [](const Outstanding &o) { return !o.timedOut; }));
}

int HelloClient::send(const QByteArray &message, SendError *error)
{
    SendError result = SendError::None;
    if (message.isEmpty())
        result = SendError::Empty;
    else if (message.size() > Protocol::MaxNameSize)
        result = SendError::TooLarge;
    else if (m_state == State::Ended)
        result = SendError::Ended;
    else if (m_state == State::Idle)
        result = SendError::NotStarted;
    if (error)
        *error = result;
    if (result != SendError::None)
        return 0;

    Outstanding outstanding;
    outstanding.id = m_nextId++;
    outstanding.message = message;
    m_outstanding.push_back(outstanding);
    if (m_state == State::Ready)
        write(m_outstanding.back());
    else
        m_outbox.push_back(outstanding.id);
    return outstanding.id;
}

bool HelloClient::retry(int id)
{
    if (m_state != State::Ready)
        return false;
    const auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                                 [id](const Outstanding &o) { return o.id == id; });
    if (it == m_outstanding.end())
        return false;
    it->timedOut = false;
    // Re-sent messages go to the back: replies are matched oldest first.
    Outstanding again = *it;
    m_outstanding.erase(it);
    m_outstanding.push_back(again);
    write(m_outstanding.back());
    return true;
}

void HelloClient::write(Outstanding &message)
{
    message.sentNs = m_clock.nsecsElapsed();
    message.deadlineNs = message.sentNs + qint64(m_timeoutMs) * 1000000;
    message.timedOut = false;
    ++m_stats.sent;
    // Through the simulated network (a straight line unless conditions are on).
    const int generation = m_generation;
    m_conditions.outgoing(message.message, [this, generation](const QByteArray &bytes) {
        if (generation != m_generation || !m_socket)
            return;  // a datagram held back by the simulation outlived its session
        // Connected socket: write(), not writeDatagram().
        if (m_socket->write(bytes) != bytes.size()) {
            emit errorOccurred(Error::SendFailed, tr("Could not send to %1: %2")
                                                      .arg(serverEndpoint(), m_socket->errorString()));
        }
    });
    emit messageSent(message.id, message.message);
    armTimer();
}

void HelloClient::onConnected()
{
    setState(State::Ready);
    const std::vector<int> outbox = std::move(m_outbox);
    m_outbox.clear();
    for (int id : outbox) {
        const auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                                     [id](const Outstanding &o) { return o.id == id; });
        if (it != m_outstanding.end())
            write(*it);
    }
}

void HelloClient::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::TemporaryError:
        return;  // a read found nothing more: not an error
    case QAbstractSocket::ConnectionRefusedError:
        emit errorOccurred(Error::ServerUnreachable,
                           tr("No server is listening at %1").arg(serverEndpoint()));
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
        const int generation = m_generation;
        m_conditions.incoming(QByteArray(m_readBuffer.constData(), got), [this, generation](const QByteArray &reply) {
            if (generation == m_generation)
                handleReply(reply);
        });
    }
}

std::vector<HelloClient::Outstanding>::iterator HelloClient::findFor(const QByteArray &message)
{
    // The oldest message still waiting, else the oldest that already timed out (a late reply).
    auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(), [&](const Outstanding &o) {
        return !o.timedOut && o.sentNs > 0 && o.message == message;
    });
    if (it == m_outstanding.end()) {
        it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                          [&](const Outstanding &o) { return o.timedOut && o.message == message; });
    }
    return it;
}

void HelloClient::handleReply(const QByteArray &reply)
{
    QByteArray name;
    auto it = m_outstanding.end();
    if (Protocol::isGoodBye(reply))
        it = findFor(Protocol::exitCommand());
    else if (Protocol::parseHello(reply, &name))
        it = findFor(name);
    if (it == m_outstanding.end()) {
        // A second copy of a reply already matched: UDP may duplicate datagrams.
        const size_t hash = qHash(QByteArrayView(reply), m_hashSeed);
        const auto answered = std::find_if(m_recentlyAnswered.rbegin(), m_recentlyAnswered.rend(),
                                           [&](const Answered &a) { return a.hash == hash && a.size == reply.size(); });
        if (answered != m_recentlyAnswered.rend()) {
            ++m_stats.duplicates;
            emit duplicateReply(answered->id, reply);
        } else {
            emit unexpectedReply(reply);
        }
        return;
    }
    const int id = it->id;
    const bool endsSession = Protocol::isExit(it->message);
    const qint64 roundTripUs = (m_clock.nsecsElapsed() - it->sentNs) / 1000;
    // Out of order: an older message is still waiting for its reply.
    const bool overtook = !it->timedOut && std::any_of(m_outstanding.begin(), it, [](const Outstanding &o) {
        return !o.timedOut && o.sentNs > 0;
    });
    if (it->timedOut)
        --m_stats.lost;
    m_outstanding.erase(it);
    m_recentlyAnswered.push_back({id, reply.size(), qHash(QByteArrayView(reply), m_hashSeed)});
    if (m_recentlyAnswered.size() > MaxRecentlyAnswered)
        m_recentlyAnswered.pop_front();
    ++m_stats.answered;
    if (overtook)
        ++m_stats.reordered;
    armTimer();
    emit replyReceived(id, reply, roundTripUs);
    if (overtook)
        emit replyOutOfOrder(id);
    if (endsSession)
        endSession();
}

void HelloClient::endSession()
{
    ++m_generation;
    const QString endpoint = serverEndpoint();
    m_timeoutTimer.stop();
    m_outstanding.clear();
    m_outbox.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Ended);
    emit sessionEnded(endpoint);
}

void HelloClient::checkTimeouts()
{
    const qint64 now = m_clock.nsecsElapsed();
    std::vector<int> expired;
    for (Outstanding &o : m_outstanding) {
        if (!o.timedOut && o.sentNs > 0 && o.deadlineNs <= now) {
            o.timedOut = true;
            ++m_stats.lost;
            expired.push_back(o.id);
        }
    }
    // Keep a bounded number of timed-out messages for late replies.
    auto timedOut = std::count_if(m_outstanding.begin(), m_outstanding.end(),
                                  [](const Outstanding &o) { return o.timedOut; });
    for (auto it = m_outstanding.begin(); timedOut > MaxTimedOutKept && it != m_outstanding.end();) {
        if (it->timedOut) {
            it = m_outstanding.erase(it);
            --timedOut;
        } else {
            ++it;
        }
    }
    armTimer();
    for (int id : expired)
        emit replyTimedOut(id);
}

void HelloClient::armTimer()
{
    qint64 earliest = -1;
    for (const Outstanding &o : m_outstanding) {
        if (!o.timedOut && o.sentNs > 0 && (earliest < 0 || o.deadlineNs < earliest))
            earliest = o.deadlineNs;
    }
    if (earliest < 0) {
        m_timeoutTimer.stop();
        return;
    }
    const qint64 waitNs = qMax<qint64>(0, earliest - m_clock.nsecsElapsed());
    m_timeoutTimer.start(int((waitNs + 999999) / 1000000));
}
