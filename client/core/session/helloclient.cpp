// SPDX-License-Identifier: MIT
#include "helloclient.h"

#include "arrivaltime.h"
#include "protocol.h"

#include <QLocale>
#include <QUdpSocket>

HelloClient::HelloClient(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HelloClient::checkTimeouts);
    connect(&m_lookup, &ServerLookup::found, this, &HelloClient::connectTo);
    connect(&m_lookup, &ServerLookup::notFound, this, &HelloClient::onHostNotFound);
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
    m_lookup.start(m_host);  // a name without blocking: the window never waits on the resolver
}

void HelloClient::onHostNotFound()
{
    setState(State::Idle);
    m_matcher.clear();
    m_outbox.clear();
    emit errorOccurred(Error::HostNotFound, tr("Cannot find the host %1").arg(m_host));
}

void HelloClient::setLocalEndpoint(const QHostAddress &address, quint16 port)
{
    m_socketOptions.localAddress = address;
    m_socketOptions.localPort = port;
}

void HelloClient::connectTo(const QHostAddress &address)
{
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    QUdpSocket *socket = ClientSocketSetup::create(m_socketOptions, address, this, &failure, &why);
    if (!socket) {
        m_matcher.clear();
        m_outbox.clear();
        setState(State::Idle);
        emit errorOccurred(failure == ClientSocketSetup::Failure::LocalPortInUse ? Error::LocalPortInUse : Error::Other,
                           why);
        return;
    }
    m_socket = socket;
    m_serverAddress = address;
    m_anyone = ClientSocketSetup::anyoneMayAnswer(m_socketOptions, address);
    m_matcher.setManyResponders(m_anyone);
    connect(socket, &QUdpSocket::readyRead, this, &HelloClient::readReplies);
    connect(socket, &QUdpSocket::errorOccurred, this, &HelloClient::onSocketError);
    if (m_anyone) {
        onConnected();  // unconnected and bound already: ready now
        return;
    }
    connect(socket, &QUdpSocket::connected, this, &HelloClient::onConnected);
    socket->connectToHost(address, m_port);
}

void HelloClient::closeSocket()
{
    ++m_generation;
    m_lookup.abort();
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
    if (m_socket && m_anyone)
        return Protocol::endpointText(m_serverAddress, m_port);
    return ServerLookup::endpoint(m_host, m_port);
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
        const qint64 written = m_anyone ? m_socket->writeDatagram(bytes, m_serverAddress, m_port) : m_socket->write(bytes);
        if (written != bytes.size()) {
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

