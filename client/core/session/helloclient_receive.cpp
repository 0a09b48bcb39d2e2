// SPDX-License-Identifier: MIT
// HelloClient's receiving side: reading replies (from the server, or from anyone), matching them
// to messages, socket errors and timeouts.
#include "helloclient.h"

#include "arrivaltime.h"
#include "protocol.h"

#include <QUdpSocket>

namespace {
constexpr int ReadBatchLimit = 64;
// Larger than any UDP payload (65,507 bytes over IPv4, 65,527 over IPv6): nothing is cut.
constexpr int MaxReadSize = 65536;
} // namespace

void HelloClient::onSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::TemporaryError:
        return;  // a read found nothing more: not an error
    case QAbstractSocket::ConnectionRefusedError:
        emit errorOccurred(Error::ServerUnreachable, tr("No server is listening at %1").arg(serverEndpoint()));
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
        quint16 senderPort = 0;
        const qint64 got = m_socket->readDatagram(m_readBuffer.data(), m_readBuffer.size(), &m_sender, &senderPort);
        if (got < 0)
            break;  // an ICMP error, reported through onSocketError, or nothing to read
        // The kernel's arrival time, on this engine's clock: the round trip is the network's, not
        // the time the reply waited while the window painted. A simulated delay comes on top.
        const qint64 readNs = m_clock.nsecsElapsed();
        const qint64 arrivedNs = readNs - ArrivalTime::ageOfLastRead(m_socket->socketDescriptor());
        const int generation = m_generation;
        m_conditions.incoming(QByteArray(m_readBuffer.constData(), got),
                              [this, generation, readNs, arrivedNs, sender = m_sender, senderPort](const QByteArray &reply) {
            if (generation == m_generation)
                handleReply(reply, arrivedNs + (m_clock.nsecsElapsed() - readNs), sender, senderPort);
        });
    }
}

void HelloClient::handleReply(const QByteArray &reply, qint64 receivedNs, const QHostAddress &sender, quint16 senderPort)
{
    // On a connected socket the sender is the server: not said again on every reply.
    const QString from = m_anyone ? Protocol::endpointText(sender, senderPort) : QString();
    const quint64 responder = m_anyone ? m_matcher.responderKey(sender, senderPort) : 0;
    const ReplyMatcher::Match match = m_matcher.match(reply, receivedNs, responder);
    switch (match.kind) {
    case ReplyMatcher::Match::Kind::Unexpected:
        emit unexpectedReply(reply, from);
        return;
    case ReplyMatcher::Match::Kind::Duplicate:
        ++m_stats.duplicates;
        emit duplicateReply(match.id, reply, from);
        return;
    case ReplyMatcher::Match::Kind::Answer:
        break;
    }
    if (match.late)
        --m_stats.lost;
    if (match.firstAnswer)
        ++m_stats.answered;
    if (match.overtook)
        ++m_stats.reordered;
    armTimer();
    emit replyReceived(match.id, reply, match.roundTripNs / 1000, from);
    if (match.overtook)
        emit replyOutOfOrder(match.id);
    if (match.endsSession)
        endSession();
}

void HelloClient::checkTimeouts()
{
    const std::vector<ReplyMatcher::Expired> expired = m_matcher.expire(m_clock.nsecsElapsed());
    armTimer();
    for (const ReplyMatcher::Expired &e : expired) {
        if (e.responders == 0) {
            ++m_stats.lost;
            emit replyTimedOut(e.id);
        }
        if (m_anyone)
            emit waitEnded(e.id, e.responders);
    }
}

void HelloClient::armTimer()
{
    const qint64 earliest = m_matcher.nextDeadlineNs();
    if (earliest < 0) {
        m_timeoutTimer.stop();
        return;
    }
    const qint64 waitNs = qMax<qint64>(0, earliest - m_clock.nsecsElapsed());
    m_timeoutTimer.start(int((waitNs + 999999) / 1000000));
}
