// SPDX-License-Identifier: MIT
#include "helloserver.h"

#include "binderrortext.h"

#include "protocol.h"

#include "batchedudp.h"
#include "socketdrops.h"

#include <QNetworkDatagram>
#include <QSocketNotifier>
#include <QUdpSocket>
#include <QVariant>

#include <chrono>
#include <cstring>


namespace {
bool plainLoopback(const QHostAddress &address)
{
    return Protocol::plainAddress(address).isLoopback();
}

// The same clock as the kernel's SO_TIMESTAMPNS (CLOCK_REALTIME), in ns.
qint64 wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
}
} // namespace

HelloServer::HelloServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DatagramRecord>();
    qRegisterMetaType<DatagramBatch>();
    connect(&m_membership, &MulticastMembership::reported, this, &HelloServer::multicastReport);
    m_made.resize(BatchedUdp::Capacity);
    if (BatchedUdp::isSupported() && qEnvironmentVariableIntValue("UDPCHAT_PORTABLE_IO") == 0)
        m_ioMode = IoMode::Batched;
}

void HelloServer::setIoMode(IoMode mode)
{
    m_ioMode = mode == IoMode::Batched && BatchedUdp::isSupported() ? IoMode::Batched : IoMode::Portable;
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
    m_decider.setOnLoopback(plainLoopback(m_localAddress));
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
    Counters counters = m_decider.counters();
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


void HelloServer::sendFailed(DatagramRecord &record, const QString &reason)
{
    ReplyDecider::sendFailed(record);
    if (reason != m_lastSendError) {
        m_lastSendError = reason;
        emit errorOccurred(tr("Could not answer %1: %2").arg(Protocol::endpointText(record.sender, record.senderPort), reason));
    }
}

Protocol::ReplyPieces HelloServer::fill(DatagramRecord &record, QByteArrayView payload, const Arrival &arrival,
                                        quint64 counter, QByteArray *made)
{
    record.setTime(arrival.timeNs);
    record.sender = Protocol::plainAddress(arrival.from);
    record.senderPort = arrival.fromPort;
    // Assigned only when it changes: a QHostAddress assignment is cheap, but not free per datagram.
    const QHostAddress &to = arrival.destination.isNull() ? m_knownDestination : arrival.destination;
    if (record.destination != to)
        record.destination = to;
    record.destinationPort = m_localPort;
    record.interfaceIndex = arrival.interfaceIndex;
    return m_decider.decide(record, payload, counter, made);
}

void HelloServer::readBatchPortable()
{
    DatagramBatch batch;
    // No kernel timestamps here: the time the batch was read stands in for every datagram in it.
    const qint64 now = wallClockNs();
    for (int i = 0; i < BatchLimit && m_socket && m_socket->hasPendingDatagrams(); ++i) {
        // 0 is a valid, empty datagram; -1 means none.
        const qint64 size = m_socket->pendingDatagramSize();
        if (size < 0)
            break;
        // receiveDatagram, not readDatagram: it also says where the datagram was sent (Qt asks the
        // system for packet information on every UDP socket). The payload is shared, not copied.
        const QNetworkDatagram datagram = m_socket->receiveDatagram(size);
        if (!datagram.isValid())
            break;  // some systems report an earlier ICMP error here; the next datagram is unaffected
        DatagramRecord record;
        record.payload = datagram.data();
        const qint64 got = record.payload.size();
        const QHostAddress from = datagram.senderAddress();
        const quint16 fromPort = quint16(datagram.senderPort());
        const QHostAddress destination = Protocol::plainAddress(datagram.destinationAddress());
        const Protocol::ReplyPieces pieces = fill(record, record.payload,
                                                  Arrival{from, fromPort, now, destination, int(datagram.interfaceIndex())},
                                                  m_decider.counters().answered, &m_made[0]);
        qsizetype replySize = 0;
        if (record.answered()) {
            // QUdpSocket has no gathering write: the pieces are joined once (already, if kept).
            const QByteArray reply = m_decider.keepPayloads() ? record.reply : pieces.joined();
            replySize = reply.size();
            if (m_socket->writeDatagram(reply, from, fromPort) != reply.size()) {
                sendFailed(record, m_socket->errorString());
            } else {
                record.replyTimeNs = wallClockNs();  // right after the send call
            }
        }
        m_decider.account(record, got, replySize);
        if (!m_decider.keepPayloads())
            record.payload.clear();
        batch.append(std::move(record));
    }
    if (!batch.isEmpty())
        emit datagramsReceived(batch);
}

void HelloServer::readBatchBatched()
{
    // A few batches per wake-up: one trip through the event loop costs about as much as a batch.
    // Still bounded (BatchedRounds x BatchedUdp::Capacity), so timers and painting keep their turn.
    // A batch that was not full means the socket is drained: no need to ask again.
    for (int round = 0; round < BatchedRounds; ++round) {
        if (!m_batched || serveOneBatch() < BatchedUdp::Capacity)
            return;
    }
}

int HelloServer::serveOneBatch()
{
    const int count = m_batched->receive();
    if (count <= 0)
        return 0;  // nothing (or an error the next read will not have): the notifier calls again
    // Reused from batch to batch, records included, where batches stay on this thread: no
    // allocation once they have grown (a new QHostAddress allocates, so records are overwritten,
    // not rebuilt). Where another thread keeps them (setBatchesLeaveThread), each batch has a list
    // of its own instead: a list reused once that thread let go of it is ordered only by Qt's
    // relaxed reference count (fine on x86, a race in C++'s memory model: ThreadSanitizer says
    // so); its records start as copies of a blank one, their addresses shared, not allocated.
    if (m_batchesLeaveThread) {
        m_batchBuffer = DatagramBatch();
        m_batchBuffer.reserve(count);
        for (int i = 0; i < count; ++i)
            m_batchBuffer.append(m_blankRecord);
    } else {
        m_batchBuffer.resize(count);
    }
    DatagramBatch &batch = m_batchBuffer;
    QList<BatchedUdp::Reply> &replies = m_replyBuffer;
    replies.clear();
    // Only if the kernel gave no timestamp (it always does on Linux): the time the batch was read.
    qint64 readNs = 0;
    for (int i = 0; i < count; ++i) {
        DatagramRecord &record = batch[i];
        quint16 fromPort = 0;
        const QHostAddress from = m_batched->sender(i, &fromPort);
        const QByteArrayView payload = m_batched->payload(i);
        if (m_decider.keepPayloads())
            record.payload = payload.toByteArray();
        else
            record.payload.clear();
        qint64 timeNs = m_batched->receiveTimeNs(i);
        if (timeNs == 0)
            timeNs = readNs != 0 ? readNs : (readNs = wallClockNs());
        int interfaceIndex = 0;
        const QHostAddress to = m_batched->destination(i, &interfaceIndex);
        // Counted as sent when built: the counter a reply shows is its own place in the order.
        const Protocol::ReplyPieces pieces = fill(record, payload, Arrival{from, fromPort, timeNs, to, interfaceIndex},
                                                  m_decider.counters().answered + quint64(replies.size()), &m_made[size_t(i)]);
        if (record.answered())
            replies.append(BatchedUdp::Reply{i, pieces});
    }
    sendReplies(batch, count);
    emit datagramsReceived(batch);
    return count;
}

void HelloServer::sendReplies(DatagramBatch &batch, int count)
{
    const QList<BatchedUdp::Reply> &replies = m_replyBuffer;
    QList<int> &errors = m_errorBuffer;
    errors.clear();
    qint64 sentNs = 0;
    if (!replies.isEmpty()) {
        m_batched->send(replies, &errors);
        sentNs = wallClockNs();  // right after the send call, on the kernel timestamps' clock
    }
    for (qsizetype k = 0; k < errors.size(); ++k) {
        if (errors[k] != 0)
            sendFailed(batch[replies[k].to], QString::fromLocal8Bit(std::strerror(errors[k])));
    }
    qsizetype next = 0;  // replies are in datagram order
    for (int i = 0; i < count; ++i) {
        qsizetype replySize = 0;
        if (next < replies.size() && replies[next].to == i)
            replySize = replies[next++].pieces.size();
        batch[i].replyTimeNs = batch[i].answered() ? sentNs : 0;  // records are reused
        m_decider.account(batch[i], m_batched->payload(i).size(), replySize);
    }
}

bool HelloServer::drain(int maxMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < maxMs) {
        if (m_batched) {
            if (serveOneBatch() == 0)
                return true;
        } else if (m_socket && m_socket->hasPendingDatagrams()) {
            readBatchPortable();
        } else {
            return true;
        }
    }
    return false;
}

QString HelloServer::summary() const
{
    const Counters c = counters();
    return tr("received %1, answered %2, dropped by the system: %3")
        .arg(QString::number(c.received), QString::number(c.answered), QString::number(c.droppedBySystem));
}
