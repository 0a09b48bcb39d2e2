// SPDX-License-Identifier: MIT
#include "runsocket.h"

#include "arrivaltime.h"
#include "batchedudp.h"
#include "defaults.h"
#include "protocol.h"

#include <QSocketNotifier>
#include <QUdpSocket>
#include <QVariant>

#include <cerrno>
#include <chrono>

namespace {

bool useBatched()
{
    return BatchedUdp::isSupported() && qEnvironmentVariableIntValue("UDPCHAT_PORTABLE_IO") == 0;
}

qint64 realTimeNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

RunSocket::RunSocket(QObject *parent)
    : QObject(parent)
{
}

RunSocket::~RunSocket() { close(); }

void RunSocket::adopt(QUdpSocket *socket, const QHostAddress &address, quint16 port, bool anyone)
{
    close();
    socket->setParent(this);
    m_socket = socket;
    m_peer = address;
    m_peerPort = port;
    m_anyone = anyone;
    connect(socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::TemporaryError)
            return;  // a read found nothing more
        m_errorString = m_socket ? m_socket->errorString() : QString();
        emit errorOccurred(error);
    });
    if (anyone) {
        // Unconnected, bound already: anyone's datagrams reach it, read with their senders.
        m_connected = true;
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(Defaults::RunReceiveBuffer));
        ArrivalTime::enable(socket->socketDescriptor());
        connect(socket, &QUdpSocket::readyRead, this, &RunSocket::readyRead);
        return;
    }
    connect(socket, &QUdpSocket::connected, this, &RunSocket::onConnected);
    socket->connectToHost(address, port);
}

void RunSocket::onConnected()
{
    m_peer = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_connected = true;
    // After connecting (bound by then): asked for before, it would be silently ignored.
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(Defaults::RunReceiveBuffer));
    if (useBatched()) {
        // The connected socket moves to BatchedUdp (a duplicate descriptor) and QUdpSocket lets
        // go, so only this level-triggered notifier watches it (see HelloServer::listen).
        m_batched = std::make_unique<BatchedUdp>(BatchedUdp::duplicate(m_socket->socketDescriptor()));
        // Not deleted here: this runs inside the socket's own connected() (emitted from
        // connectToHost in adopt()), and Qt may still use the socket after this returns.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_notifier = new QSocketNotifier(m_batched->descriptor(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &RunSocket::readyRead);
    } else {
        ArrivalTime::enable(m_socket->socketDescriptor());
        connect(m_socket, &QUdpSocket::readyRead, this, &RunSocket::readyRead);
    }
    emit connected();
}

void RunSocket::close()
{
    // Not deleted here: close() can be reached from the notifier's own activated() (a handler
    // ending the run). Disabled first, so the descriptor closed next is never watched again.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->disconnect(this);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_batched.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_connected = false;
    m_anyone = false;
}

int RunSocket::send(const QByteArrayView *payloads, int count)
{
    if (m_batched) {
        const int sent = m_batched->sendToPeer(payloads, count);
        if (sent < count)
            failBatched(m_batched->error());
        return sent;
    }
    for (int i = 0; i < count; ++i) {
        const qint64 written = !m_socket ? -1
            : m_anyone ? m_socket->writeDatagram(payloads[i].data(), payloads[i].size(), m_peer, m_peerPort)
                       : m_socket->write(payloads[i].data(), payloads[i].size());
        if (written != payloads[i].size()) {
            m_errorString = m_socket ? m_socket->errorString() : QString();
            return i;
        }
    }
    return count;
}

void RunSocket::failBatched(int systemError)
{
    m_errorString = qt_error_string(systemError);
    if (systemError == ECONNREFUSED)
        emit errorOccurred(QAbstractSocket::ConnectionRefusedError);
    else if (systemError != EAGAIN && systemError != EWOULDBLOCK)
        emit errorOccurred(QAbstractSocket::NetworkError);
}

int RunSocket::read(const Handler &handle)
{
    return m_batched ? readBatched(handle) : readPortable(handle);
}

int RunSocket::readBatched(const Handler &handle)
{
    // A few full batches at most (as HelloServer reads), so timers keep their turn.
    int read = 0;
    for (int round = 0; round < BatchedRounds && m_batched; ++round) {
        const int got = m_batched->receive();
        if (got < 0) {
            failBatched(m_batched->error());  // "port unreachable" comes as ECONNREFUSED here
            break;
        }
        for (int i = 0; i < got && m_batched; ++i) {  // a handler may close the socket
            const qint64 stamp = m_batched->receiveTimeNs(i);
            handle(m_batched->payload(i), stamp > 0 ? qMax<qint64>(0, realTimeNs() - stamp) : 0, m_peer, m_peerPort);
        }
        read += got;
        if (got < BatchedUdp::Capacity)
            break;
    }
    return read;
}

int RunSocket::readPortable(const Handler &handle)
{
    // Bounded: Qt emits readyRead again while datagrams remain. The first read does not peek,
    // so that a pending "port unreachable" is reported (see SessionSocket::readDatagrams).
    m_readBuffer.resize(Protocol::MaxReadSize);
    int read = 0;
    for (int i = 0; i < ReadBatchLimit && m_socket; ++i) {
        if (i > 0 && !m_socket->hasPendingDatagrams())
            break;
        quint16 senderPort = m_peerPort;
        const qint64 got = m_anyone
            ? m_socket->readDatagram(m_readBuffer.data(), m_readBuffer.size(), &m_sender, &senderPort)
            : m_socket->readDatagram(m_readBuffer.data(), m_readBuffer.size());
        if (got < 0)
            break;
        const qint64 age = m_socket ? ArrivalTime::ageOfLastRead(m_socket->socketDescriptor()) : 0;
        handle(QByteArrayView(m_readBuffer.constData(), got), age, m_anyone ? m_sender : m_peer, senderPort);
        ++read;
    }
    return read;
}
