// SPDX-License-Identifier: MIT
#include "helloserver.h"

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
    m_rateLimitSetting = perSecond < 0 ? AutoRateLimit : perSecond;
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
    if (rate == AutoRateLimit) {
        // On loopback only this machine can send, so nobody can be a reflection victim, unless
        // replies can be longer than what they answer: then a local flood is amplified too.
        rate = plainLoopback(address()) && !m_mode->canAmplify() ? 0 : Defaults::RateLimit;
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
    return bindErrorText(m_error, m_wantedAddress, m_wantedPort, m_errorString);
}

QString HelloServer::bindErrorText(QAbstractSocket::SocketError error, const QHostAddress &address,
                                   quint16 port, const QString &systemReason)
{
    const QString where = Protocol::endpointText(address, port);
    QString what;
    // The system's word for these ("unsupported address family") names the wrong problem.
    switch (Protocol::bindProblem(address)) {
    case Protocol::BindProblem::IPv4Mapped:
        return tr("Cannot listen on %1: %2 is an IPv4-mapped IPv6 address; listen on %3 instead.")
            .arg(where, address.toString(), Protocol::plainAddress(address).toString());
    case Protocol::BindProblem::LinkLocalWithoutScope:
        return tr("Cannot listen on %1: %2 is a link-local address, which needs its interface, "
                  "such as %2%eth0.").arg(where, address.toString());
    case Protocol::BindProblem::None:
        break;
    }
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

Outcome HelloServer::decide(const ReplyMode::Context &context, Protocol::ReplyPieces *pieces, QByteArray *made)
{
    const Outcome outcome = m_mode->outcome(context.payload);
    if (!isAnswered(outcome))
        return outcome;
    // The one place that decides what is sent back, for both I/O paths.
    *pieces = m_mode->reply(context, made);
    if (pieces->size() > Protocol::MaxDatagramSize)
        return Outcome::TooLarge;
    if (m_limiter.isEnabled() && !m_limiter.allow(context.sender, m_now()))
        return Outcome::RateLimited;
    return outcome;
}

void HelloServer::sendFailed(const QHostAddress &to, quint16 port, const QString &reason)
{
    if (reason != m_lastSendError) {
        m_lastSendError = reason;
        emit errorOccurred(tr("Could not answer %1: %2").arg(Protocol::endpointText(to, port), reason));
    }
}

void HelloServer::account(const DatagramRecord &record, qsizetype payloadSize, qsizetype replySize)
{
    ++m_counters.received;
    m_counters.bytesIn += quint64(payloadSize);
    if (isAnswered(record.outcome)) {
        ++m_counters.answered;
        m_counters.bytesOut += quint64(replySize);
    } else {
        ++m_counters.unanswered;
    }
    if (record.outcome == Outcome::RateLimited)
        ++m_counters.rateLimited;
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
    const ReplyMode::Context context{payload, record.sender, arrival.fromPort, counter, record.timeMs};
    Protocol::ReplyPieces pieces;
    record.outcome = decide(context, &pieces, made);
    // Bytes that cannot be told from the payload are kept for the log (the Text mode's).
    if (record.outcome == Outcome::Text && m_keepPayloads)
        record.reply = *made;
    else
        record.reply.clear();
    return pieces;
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
                                                  m_counters.answered, &m_made[0]);
        qsizetype replySize = 0;
        if (isAnswered(record.outcome)) {
            // QUdpSocket has no gathering write: the pieces are joined once.
            const QByteArray reply = pieces.joined();
            replySize = reply.size();
            if (m_socket->writeDatagram(reply, from, fromPort) != reply.size()) {
                record.outcome = Outcome::SendFailed;
                sendFailed(from, fromPort, m_socket->errorString());
            }
        }
        account(record, got, replySize);
        if (!m_keepPayloads)
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
    // Reused from batch to batch, records included: no allocation once they have grown
    // (a default-constructed QHostAddress allocates, so records are overwritten, not rebuilt).
    DatagramBatch &batch = m_batchBuffer;
    batch.resize(count);
    QList<BatchedUdp::Reply> &replies = m_replyBuffer;
    replies.clear();
    // Only if the kernel gave no timestamp (it always does on Linux): the time the batch was read.
    qint64 readNs = 0;
    for (int i = 0; i < count; ++i) {
        DatagramRecord &record = batch[i];
        quint16 fromPort = 0;
        const QHostAddress from = m_batched->sender(i, &fromPort);
        const QByteArrayView payload = m_batched->payload(i);
        if (m_keepPayloads)
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
                                                  m_counters.answered + quint64(replies.size()), &m_made[size_t(i)]);
        if (isAnswered(record.outcome))
            replies.append(BatchedUdp::Reply{i, pieces});
    }
    QList<int> &errors = m_errorBuffer;
    errors.clear();
    if (!replies.isEmpty())
        m_batched->send(replies, &errors);
    for (qsizetype k = 0; k < errors.size(); ++k) {
        if (errors[k] != 0) {
            DatagramRecord &record = batch[replies[k].to];
            record.outcome = Outcome::SendFailed;
            sendFailed(record.sender, record.senderPort, QString::fromLocal8Bit(std::strerror(errors[k])));
        }
    }
    qsizetype next = 0;  // replies are in datagram order
    for (int i = 0; i < count; ++i) {
        qsizetype replySize = 0;
        if (next < replies.size() && replies[next].to == i)
            replySize = replies[next++].pieces.size();
        account(batch[i], m_batched->payload(i).size(), replySize);
    }
    emit datagramsReceived(batch);
    return count;
}
