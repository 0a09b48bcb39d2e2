#include "helloserver.h"

#include "protocol.h"

#include <QDateTime>
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
    m_clock.start();
}

void HelloServer::setRateLimit(int perSecond)
{
    m_rateLimitSetting = perSecond < 0 ? AutoRateLimit : perSecond;
    applyRateLimit();
}

void HelloServer::applyRateLimit()
{
    int rate = m_rateLimitSetting;
    if (rate == AutoRateLimit) {
        // On loopback only this machine can send, so nobody can be a reflection victim.
        rate = plainLoopback(address()) ? 0 : RateLimiter::DefaultRate;
    }
    m_limiter.setRate(rate);
}

HelloServer::~HelloServer() = default;

bool HelloServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_wantedAddress = address;
    m_wantedPort = port;
    auto *socket = new QUdpSocket(this);
    // ShareAddress would let a second server steal datagrams on some systems: bind exclusively.
    if (!socket->bind(address, port, QAbstractSocket::DontShareAddress)) {
        setError(socket->error(), socket->errorString());
        delete socket;
        emit errorOccurred(bindErrorMessage());
        return false;
    }
    // Only possible once bound: before bind() there is no socket and Qt ignores the option.
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, WantedReceiveBuffer);
    m_receiveBufferSize = socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt();
    m_socket = socket;
    m_error = QAbstractSocket::UnknownSocketError;
    m_errorString.clear();
    m_lastSendError.clear();
    applyRateLimit();
    connect(m_socket, &QUdpSocket::readyRead, this, &HelloServer::readBatch);
    emit listeningChanged(true);
    return true;
}

void HelloServer::close()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
    emit listeningChanged(false);
}

bool HelloServer::isListening() const { return m_socket != nullptr; }

QHostAddress HelloServer::address() const
{
    return m_socket ? m_socket->localAddress() : m_wantedAddress;
}

quint16 HelloServer::port() const { return m_socket ? m_socket->localPort() : m_wantedPort; }

QString HelloServer::bindErrorMessage() const
{
    return bindErrorText(m_error, m_wantedAddress, m_wantedPort, m_errorString);
}

QString HelloServer::bindErrorText(QAbstractSocket::SocketError error, const QHostAddress &address,
                                   quint16 port, const QString &systemReason)
{
    const QString where = Protocol::endpointText(address, port);
    QString what;
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        what = tr("Cannot listen on %1: the port is already in use by another program.").arg(where);
        break;
    case QAbstractSocket::SocketAccessError:
        what = tr("Cannot listen on %1: permission denied (ports below 1024 usually need "
                  "administrator rights).").arg(where);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        what = tr("Cannot listen on %1: %2 is not an address of this computer.")
                   .arg(where, address.toString());
        break;
    case QAbstractSocket::UnsupportedSocketOperationError:
        what = tr("Cannot listen on %1: this system does not support that address family.").arg(where);
        break;
    default:
        what = tr("Cannot listen on %1.").arg(where);
        break;
    }
    return tr("%1 (system: %2)").arg(what, systemReason);
}

void HelloServer::setError(QAbstractSocket::SocketError error, const QString &text)
{
    m_error = error;
    m_errorString = text;
}

Outcome HelloServer::answer(const QByteArray &payload, const QHostAddress &to, quint16 port)
{
    if (!Protocol::replyFits(payload))
        return Outcome::TooLarge;
    if (!m_limiter.allow(to, m_clock.nsecsElapsed()))
        return Outcome::RateLimited;
    const QByteArray reply = Protocol::replyTo(payload);
    if (m_socket->writeDatagram(reply, to, port) != reply.size()) {
        const QString reason = m_socket->errorString();
        if (reason != m_lastSendError) {
            m_lastSendError = reason;
            emit errorOccurred(tr("Could not answer %1: %2").arg(Protocol::endpointText(to, port), reason));
        }
        return Outcome::SendFailed;
    }
    m_counters.bytesOut += quint64(reply.size());
    return Protocol::replyKind(payload) == Protocol::Reply::GoodBye ? Outcome::GoodBye : Outcome::Hello;
}

void HelloServer::readBatch()
{
    DatagramBatch batch;
    for (int i = 0; i < BatchLimit && m_socket && m_socket->hasPendingDatagrams(); ++i) {
        // 0 is a valid, empty datagram; -1 means none.
        const qint64 size = m_socket->pendingDatagramSize();
        if (size < 0)
            break;
        QByteArray payload(size, Qt::Uninitialized);
        QHostAddress from;
        quint16 fromPort = 0;
        const qint64 got = m_socket->readDatagram(payload.data(), size, &from, &fromPort);
        if (got < 0) {
            // Some systems report an earlier ICMP error here; the next datagram is unaffected.
            break;
        }
        payload.truncate(got);

        DatagramRecord record;
        record.timeMs = QDateTime::currentMSecsSinceEpoch();
        record.sender = Protocol::plainAddress(from);
        record.senderPort = fromPort;
        record.outcome = answer(payload, from, fromPort);
        record.payload = std::move(payload);

        ++m_counters.received;
        m_counters.bytesIn += quint64(got);
        if (isAnswered(record.outcome))
            ++m_counters.answered;
        else
            ++m_counters.unanswered;
        if (record.outcome == Outcome::RateLimited)
            ++m_counters.rateLimited;
        batch.append(std::move(record));
    }
    if (!batch.isEmpty())
        emit datagramsReceived(batch);
}
