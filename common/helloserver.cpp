#include "helloserver.h"

#include "protocol.h"

#include <QDateTime>
#include <QUdpSocket>
#include <QVariant>

HelloServer::HelloServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DatagramRecord>();
    qRegisterMetaType<DatagramBatch>();
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
    const QString where = Protocol::endpointText(m_wantedAddress, m_wantedPort);
    QString what;
    switch (m_error) {
    case QAbstractSocket::AddressInUseError:
        what = tr("Cannot listen on %1: the port is already in use by another program.").arg(where);
        break;
    case QAbstractSocket::SocketAccessError:
        what = tr("Cannot listen on %1: permission denied (ports below 1024 usually need "
                  "administrator rights).").arg(where);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        what = tr("Cannot listen on %1: %2 is not an address of this computer.")
                   .arg(where, m_wantedAddress.toString());
        break;
    case QAbstractSocket::UnsupportedSocketOperationError:
        what = tr("Cannot listen on %1: this system does not support that address family.").arg(where);
        break;
    default:
        what = tr("Cannot listen on %1.").arg(where);
        break;
    }
    return tr("%1 (system: %2)").arg(what, m_errorString);
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
        batch.append(std::move(record));
    }
    if (!batch.isEmpty())
        emit datagramsReceived(batch);
}
