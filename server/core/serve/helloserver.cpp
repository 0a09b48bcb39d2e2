// SPDX-License-Identifier: MIT
#include "helloserver.h"

#include "binderrortext.h"

#include "protocol.h"

#include "batchedudp.h"
#include "socketdrops.h"

#include <QSocketNotifier>
#include <QUdpSocket>
#include <QVariant>


namespace {
bool plainLoopback(const QHostAddress &address)
{
    return Protocol::plainAddress(address).isLoopback();
}
} // namespace

HelloServer::HelloServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DatagramRecord>();
    qRegisterMetaType<DatagramBatch>();
    connect(&m_membership, &MulticastMembership::reported, this, &HelloServer::multicastReport);
    m_clock.start();
    m_now = [this] { return m_clock.nsecsElapsed(); };
    m_made.resize(BatchedUdp::Capacity);
    QString unused;
    m_mode = ReplyMode::create(QStringLiteral("hello"), {}, &unused);
    if (BatchedUdp::isSupported() && qEnvironmentVariableIntValue("UDPCHAT_PORTABLE_IO") == 0)
        m_ioMode = IoMode::Batched;
}

void HelloServer::setIoMode(IoMode mode)
{
    m_ioMode = mode == IoMode::Batched && BatchedUdp::isSupported() ? IoMode::Batched : IoMode::Portable;
}

void HelloServer::setRateLimit(int perSecond)
{
    m_rateLimitSetting = perSecond < 0 ? Defaults::RateLimitAuto : perSecond;
    applyRateLimit();
}

void HelloServer::setReplyMode(std::unique_ptr<ReplyMode> mode)
{
    m_mode = std::move(mode);
    applyRateLimit();
}

void HelloServer::applyRateLimit()
{
    int rate = m_rateLimitSetting;
    if (rate == Defaults::RateLimitAuto) {
        // On loopback only this machine can send, so nobody can be a reflection victim, unless
        // replies can be longer than what they answer: then a local flood is amplified too.
        rate = plainLoopback(address()) && !m_mode->canAmplify() ? 0 : Defaults::RateLimitElsewhere;
    }
    m_limiter.setRate(rate);
    m_guard.setEnabled(rate > 0);
}

HelloServer::~HelloServer() = default;

bool HelloServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_wantedAddress = address;
    m_wantedPort = port;
    auto *socket = new QUdpSocket(this);
    // ShareAddress would let a second server steal unicast datagrams on some systems: bind
    // exclusively, unless groups are joined: then every server on the group's port must hear it.
    const QHostAddress groupWildcard = m_membership.bindAddress();
    const bool joining = !groupWildcard.isNull();
    if (joining)
        m_wantedAddress = groupWildcard;
    if (!socket->bind(m_wantedAddress, port, joining ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
                                                     : QAbstractSocket::DontShareAddress)) {
        setError(socket->error(), socket->errorString());
        delete socket;
        emit errorOccurred(bindErrorMessage());
        return false;
    }
    // Only possible once bound: before bind() there is no socket and Qt ignores the option.
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_wantedReceiveBuffer);
    m_receiveBufferSize = socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    m_localAddress = socket->localAddress();
    m_localPort = socket->localPort();
    // Where the system does not say where a datagram was sent (never on Linux), the bound address
    // does, unless it is a wildcard.
    const bool wildcard = m_localAddress == QHostAddress(QHostAddress::Any)
        || m_localAddress == QHostAddress(QHostAddress::AnyIPv4) || m_localAddress == QHostAddress(QHostAddress::AnyIPv6);
    m_knownDestination = wildcard ? QHostAddress() : Protocol::plainAddress(m_localAddress);
    m_error = QAbstractSocket::UnknownSocketError;
    m_errorString.clear();
    m_lastSendError.clear();
    if (m_ioMode == IoMode::Batched) {
        // The bound socket moves to BatchedUdp (a duplicate descriptor) and QUdpSocket lets go, so
        // only our level-triggered notifier watches it: it fires again while datagrams remain,
        // like readyRead. Two notifiers on one socket are refused by some event dispatchers.
        m_batched = std::make_unique<BatchedUdp>(BatchedUdp::duplicate(socket->socketDescriptor()));
        delete socket;
        m_notifier = new QSocketNotifier(m_batched->descriptor(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &HelloServer::readBatchBatched);
        m_membership.attach(m_batched->descriptor(), m_localAddress);
    } else {
        m_socket = socket;
        connect(m_socket, &QUdpSocket::readyRead, this, &HelloServer::readBatchPortable);
        m_membership.attach(m_socket);
    }
    applyRateLimit();
    emit listeningChanged(true);
    return true;
}

void HelloServer::close()
{
    if (!isListening())
        return;
    m_droppedByClosedSockets += quint64(qMax<qint64>(0, socketDrops()));
    m_membership.detach();
    delete m_notifier;
    m_notifier = nullptr;
    m_batched.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit listeningChanged(false);
}

bool HelloServer::isListening() const { return m_socket || m_batched; }

qint64 HelloServer::socketDrops() const
{
    // The batched path serves a duplicate of the descriptor: the same socket, the same count.
    if (m_batched)
        return SocketDrops::read(m_batched->descriptor());
    return m_socket ? SocketDrops::read(m_socket->socketDescriptor()) : -1;
}

HelloServer::Counters HelloServer::counters() const
{
    Counters counters = m_counters;
    counters.droppedBySystem = m_droppedByClosedSockets + quint64(qMax<qint64>(0, socketDrops()));
    return counters;
}

QHostAddress HelloServer::address() const { return isListening() ? m_localAddress : m_wantedAddress; }

quint16 HelloServer::port() const { return isListening() ? m_localPort : m_wantedPort; }

QString HelloServer::bindErrorMessage() const
{
    return BindErrorText::text(m_error, m_wantedAddress, m_wantedPort, m_errorString);
}

void HelloServer::setError(QAbstractSocket::SocketError error, const QString &text)
{
    m_error = error;
    m_errorString = text;
}
