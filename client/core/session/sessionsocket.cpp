// SPDX-License-Identifier: MIT
#include "sessionsocket.h"

#include "arrivaltime.h"
#include "protocol.h"

#include <QUdpSocket>

namespace {
constexpr int ReadBatchLimit = 64;
} // namespace

SessionSocket::SessionSocket(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_lookup, &ServerLookup::found, this, &SessionSocket::connectTo);
    connect(&m_lookup, &ServerLookup::notFound, this, [this] {
        emit failed(Failure::HostNotFound, tr("Cannot find the host %1").arg(m_host));
    });
}

SessionSocket::~SessionSocket() = default;

void SessionSocket::open(const QString &host, quint16 port, const ClientSocketSetup::Options &options)
{
    close();
    m_host = host;
    m_port = port;
    m_options = options;
    m_lookup.start(host);  // a name without blocking: the window never waits on the resolver
}

void SessionSocket::close()
{
    ++m_generation;
    m_ready = false;
    m_lookup.abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SessionSocket::connectTo(const QHostAddress &address)
{
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    QUdpSocket *socket = ClientSocketSetup::create(m_options, address, this, &failure, &why);
    if (!socket) {
        emit failed(failure == ClientSocketSetup::Failure::LocalPortInUse ? Failure::LocalPortInUse : Failure::Other, why);
        return;
    }
    m_socket = socket;
    m_serverAddress = address;
    m_anyone = ClientSocketSetup::anyoneMayAnswer(m_options, address);
    connect(socket, &QUdpSocket::readyRead, this, &SessionSocket::readDatagrams);
    connect(socket, &QUdpSocket::errorOccurred, this, &SessionSocket::onSocketError);
    if (m_anyone) {
        onConnected();  // unconnected and bound already: ready now
        return;
    }
    connect(socket, &QUdpSocket::connected, this, &SessionSocket::onConnected);
    socket->connectToHost(address, m_port);
}

void SessionSocket::onConnected()
{
    ArrivalTime::enable(m_socket->socketDescriptor());
    m_ready = true;
    emit ready();
}

QString SessionSocket::serverEndpoint() const
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return Protocol::endpointText(m_socket->peerAddress(), m_socket->peerPort());
    if (m_socket && m_anyone)
        return Protocol::endpointText(m_serverAddress, m_port);
    return {};
}

quint16 SessionSocket::localPort() const { return m_socket ? m_socket->localPort() : 0; }

void SessionSocket::write(const QByteArray &datagram)
{
    // Through the simulated network (a straight line unless conditions are on).
    const int generation = m_generation;
    m_conditions.outgoing(datagram, [this, generation](const QByteArray &bytes) {
        if (generation != m_generation || !m_socket)
            return;  // a datagram held back by the simulation outlived its session
        // Connected socket: write(), not writeDatagram().
        const qint64 written = m_anyone ? m_socket->writeDatagram(bytes, m_serverAddress, m_port) : m_socket->write(bytes);
        if (written != bytes.size()) {
            const QString where = serverEndpoint().isEmpty() ? ServerLookup::endpoint(m_host, m_port) : serverEndpoint();
            emit sendFailed(tr("Could not send to %1: %2").arg(where, m_socket->errorString()));
        }
    });
}

void SessionSocket::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::TemporaryError:
        return;  // a read found nothing more: not an error
    case QAbstractSocket::ConnectionRefusedError:
        emit serverUnreachable(tr("No server is listening at %1")
                                   .arg(serverEndpoint().isEmpty() ? ServerLookup::endpoint(m_host, m_port) : serverEndpoint()));
        break;
    default:
        emit socketError(m_socket ? m_socket->errorString() : QString());
        break;
    }
}

void SessionSocket::readDatagrams()
{
    // The first read does not peek: a peek (hasPendingDatagrams) would swallow a pending
    // "port unreachable" error, while a read reports it as ConnectionRefusedError.
    m_readBuffer.resize(Protocol::MaxReadSize);
    for (int i = 0; i < ReadBatchLimit && m_socket; ++i) {
        if (i > 0 && !m_socket->hasPendingDatagrams())
            break;
        quint16 senderPort = 0;
        const qint64 got = m_socket->readDatagram(m_readBuffer.data(), m_readBuffer.size(), &m_sender, &senderPort);
        if (got < 0)
            break;  // an ICMP error, reported through onSocketError, or nothing to read
        // The kernel's arrival time, on this socket's clock: the round trip is the network's, not
        // the time the reply waited while the window painted. A simulated delay comes on top.
        const qint64 readNs = m_clock.nsecsElapsed();
        const qint64 arrivedNs = readNs - ArrivalTime::ageOfLastRead(m_socket->socketDescriptor());
        const int generation = m_generation;
        m_conditions.incoming(QByteArray(m_readBuffer.constData(), got),
                              [this, generation, readNs, arrivedNs, sender = m_sender, senderPort](const QByteArray &datagram) {
            if (generation == m_generation)
                emit datagramRead(datagram, arrivedNs + (m_clock.nsecsElapsed() - readNs), sender, senderPort);
        });
    }
}
