// SPDX-License-Identifier: MIT
// HelloServer's serving, apart from setting up: each batch read on its I/O path, recorded, decided,
// answered with the reply's pieces, counted and reported.
#include "helloserver.h"

#include "batchedudp.h"
#include "protocol.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <chrono>
#include <cstring>

namespace {
// The same clock as the kernel's SO_TIMESTAMPNS (CLOCK_REALTIME), in ns.
qint64 wallClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
}
} // namespace

Outcome HelloServer::decide(const ReplyMode::Context &context, Protocol::ReplyPieces *pieces, QByteArray *made)
{
    // Every datagram earns its network credit, answered or not: its bytes did cross the wire.
    // (Tested inline first: with the guard off, as on loopback, this path costs one branch.)
    if (m_guard.isEnabled())
        m_guard.received(context.sender, context.payload.size());
    const Outcome outcome = m_mode->outcome(context.payload);
    if (!isAnswered(outcome))
        return outcome;
    // The one place that decides what is sent back, for both I/O paths.
    *pieces = m_mode->reply(context, made);
    if (pieces->size() > Protocol::MaxDatagramSize)
        return Outcome::TooLarge;
    if (m_limiter.isEnabled() && !m_limiter.allow(context.sender, m_now()))
        return Outcome::RateLimited;
    if (m_guard.isEnabled() && !m_guard.allowReply(context.sender, pieces->size()))
        return Outcome::WouldAmplify;
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
    else if (record.outcome == Outcome::WouldAmplify)
        ++m_counters.heldBack;
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
            } else {
                record.replyTimeNs = wallClockNs();  // right after the send call
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
    qint64 sentNs = 0;
    if (!replies.isEmpty()) {
        m_batched->send(replies, &errors);
        sentNs = wallClockNs();  // right after the send call, on the kernel timestamps' clock
    }
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
        batch[i].replyTimeNs = isAnswered(batch[i].outcome) ? sentNs : 0;  // records are reused
        account(batch[i], m_batched->payload(i).size(), replySize);
    }
    emit datagramsReceived(batch);
    return count;
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
