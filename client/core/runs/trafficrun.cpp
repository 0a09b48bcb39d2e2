// SPDX-License-Identifier: MIT
#include "trafficrun.h"

#include "sequencedmessage.h"

#include "protocol.h"

#include <QUdpSocket>
#include <QVariant>

#include <cmath>

namespace {
constexpr qint64 NsPerMs = 1000 * 1000;
} // namespace

TrafficRun::TrafficRun(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_now = [this] { return m_clock.nsecsElapsed(); };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrafficRun::tick);
    connect(&m_socket, &RunSocket::connected, this, &TrafficRun::onConnected);
    connect(&m_socket, &RunSocket::readyRead, this, &TrafficRun::readReplies);
    connect(&m_socket, &RunSocket::errorOccurred, this, &TrafficRun::onSocketError);
    connect(&m_lookup, &ServerLookup::found, this, &TrafficRun::connectTo);
    connect(&m_lookup, &ServerLookup::notFound, this, &TrafficRun::onHostNotFound);
}

TrafficRun::~TrafficRun() { closeSocket(); }

QString TrafficRun::serverEndpoint() const
{
    if (m_socket.isConnected())
        return Protocol::endpointText(m_socket.peerAddress(), m_socket.peerPort());
    return ServerLookup::endpoint(m_settings.host, m_settings.port);
}

void TrafficRun::start(const Settings &settings)
{
    closeSocket();
    m_settings = settings;
    m_settings.intervalNs = qMax<qint64>(1, settings.intervalNs);
    m_settings.timeoutMs = qMax(1, settings.timeoutMs);
    m_stats = RunStatistics();
    m_matcher.reset(settings.message, settings.expectAny);
    m_anyone = false;
    m_attempted = 0;
    m_lastError.clear();
    m_running = true;
    if (!m_lookup.start(m_settings.host)) {
        report(tr("'%1' is not a server address.").arg(m_settings.host));
        finish();
    }
}

void TrafficRun::onHostNotFound()
{
    report(tr("Cannot find the host %1").arg(m_settings.host));
    finish();
}

void TrafficRun::connectTo(const QHostAddress &address)
{
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    QUdpSocket *socket = ClientSocketSetup::create(m_settings.socket, address, this, &failure, &why);
    if (!socket) {
        report(why);
        finish();
        return;
    }
    m_serverAddress = address;
    m_anyone = ClientSocketSetup::anyoneMayAnswer(m_settings.socket, address);
    m_matcher.setAnyone(m_anyone);
    // Connected unless anyone may answer: only the server's datagrams reach it, and "port
    // unreachable" comes back (RunSocket then says connected()).
    m_socket.adopt(socket, address, m_settings.port, m_anyone);
    if (m_anyone)
        onConnected();  // unconnected, bound already: anyone's datagrams reach it
}

void TrafficRun::onConnected()
{
    m_serverText = serverEndpoint();
    m_startNs = m_now();
    tick();
}

void TrafficRun::closeSocket()
{
    m_timer.stop();
    m_lookup.abort();
    m_socket.close();
}

void TrafficRun::stop()
{
    if (!m_running)
        return;
    // As ping counts them: a datagram without a reply when the run ends is lost.
    // Taken out first: a slot may call back in.
    const std::deque<RunReplyMatcher::Waiting> waiting = m_matcher.takeAll();
    const qint64 now = m_now();
    for (const RunReplyMatcher::Waiting &w : waiting) {
        if (m_stats.timedOut(w.seq))
            emit datagramLost(w.seq, qMax<qint64>(0, now - w.sentNs));  // not replyTimedOut: its time had not run out
    }
    finish();
}

void TrafficRun::finish()
{
    closeSocket();
    if (!m_running)
        return;
    m_running = false;
    emit finished();
}

void TrafficRun::report(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit errorOccurred(message);
}

void TrafficRun::onSocketError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::TemporaryError)
        return;  // a read found nothing more
    if (error == QAbstractSocket::ConnectionRefusedError)
        report(tr("No server is listening at %1").arg(serverEndpoint()));
    else
        report(m_socket.errorString());
}

bool TrafficRun::allAccountedFor() const
{
    // Numbered, answered datagrams stay queued until their deadline: the counts say it, not the queue.
    // Anyone may answer: others may still answer until the last datagram's time runs out.
    return m_settings.count > 0 && m_attempted >= m_settings.count
        && m_stats.answeredCount() + m_stats.lostCount() >= m_stats.sentCount() && (!m_anyone || m_matcher.isEmpty());
}

void TrafficRun::tick()
{
    if (!m_running || !m_socket.isConnected())
        return;
    const qint64 now = m_now();
    expire(now);
    sendDue(now);
    if (allAccountedFor()) {
        finish();
        return;
    }
    // Wake up for the next send or the next deadline, whichever comes first.
    qint64 next = -1;
    if (m_settings.count == 0 || m_attempted < m_settings.count)
        next = m_startNs + qint64(m_attempted) * m_settings.intervalNs;
    if (!m_matcher.isEmpty() && (next < 0 || m_matcher.oldest().deadlineNs < next))
        next = m_matcher.oldest().deadlineNs;
    const qint64 waitNs = qMax<qint64>(0, next - m_now());
    m_timer.start(int(qMin<qint64>((waitNs + NsPerMs - 1) / NsPerMs, 24LL * 3600 * 1000)));
}

void TrafficRun::sendDue(qint64 nowNs)
{
    // Datagram k (from 0) is due at start + k * interval: a late wake-up catches up, in bounded
    // steps, each one batch for the socket (one sendmmsg on Linux).
    int due = 0;
    while (due < MaxSendsPerTick && (m_settings.count == 0 || m_attempted + quint64(due) < m_settings.count)
           && m_startNs + qint64(m_attempted + quint64(due)) * m_settings.intervalNs <= nowNs)
        ++due;
    if (due > 0)
        sendPayloads(due);
}

void TrafficRun::sendPayloads(int count)
{
    m_payloads.resize(count);
    m_payloadViews.resize(count);
    for (int k = 0; k < count; ++k) {
        m_payloads[k] = SequencedMessage::payloadFor(m_settings.message, m_attempted + quint64(k) + 1);
        m_payloadViews[k] = m_payloads[k];
    }
    for (int done = 0; done < count && m_socket.isConnected();) {
        // Timed immediately before the send call (see ARCHITECTURE.md).
        const qint64 sentNs = m_now();
        const int sent = m_socket.send(m_payloadViews.constData() + done, count - done);
        for (int k = done; k < done + sent; ++k) {
            const quint64 seq = ++m_attempted;
            m_stats.sent(seq, sentNs);
            m_matcher.sent({seq, sentNs, sentNs + qint64(m_settings.timeoutMs) * NsPerMs});
            if (m_matcher.size() > RunStatistics::DefaultWindow) {
                // More in flight than the statistics keep: the oldest is given up on (and counted lost).
                const RunReplyMatcher::Waiting oldest = m_matcher.takeOldest();
                if (m_stats.timedOut(oldest.seq)) {
                    emit replyTimedOut(oldest.seq);
                    emit datagramLost(oldest.seq, qMax<qint64>(0, sentNs - oldest.sentNs));
                }
            }
            emit datagramSent(seq);
        }
        done += sent;
        if (done < count) {
            ++m_attempted;  // not sent, so neither answered nor lost
            ++done;
            report(tr("Could not send to %1: %2").arg(serverEndpoint(), m_socket.errorString()));
        }
    }
}

void TrafficRun::expire(qint64 nowNs)
{
    while (!m_matcher.isEmpty() && m_matcher.oldest().deadlineNs <= nowNs) {
        const RunReplyMatcher::Waiting w = m_matcher.takeOldest();
        if (m_stats.timedOut(w.seq)) {
            emit replyTimedOut(w.seq);
            emit datagramLost(w.seq, qMax<qint64>(0, nowNs - w.sentNs));
        }
    }
}

void TrafficRun::readReplies()
{
    // A reply's time is the kernel's, on the run's clock: now, less how long it waited in the
    // socket. Connected, the sender is the server: named once (m_serverText), not formatted per datagram.
    m_socket.read([this](QByteArrayView payload, qint64 ageNs, const QHostAddress &sender, quint16 port) {
        handleReply(payload.toByteArray(), m_now() - (m_kernelTimes ? ageNs : 0),
                    m_anyone ? Protocol::endpointText(sender, port) : m_serverText);
    });
    if (m_running && allAccountedFor())
        finish();
}

bool TrafficRun::handleOtherResponder(quint64 seq, const QByteArray &reply, qint64 nowNs, const QString &from)
{
    qint64 sentNs = 0;
    switch (m_matcher.answeredBy(seq, from, &sentNs)) {
    case RunReplyMatcher::Responder::Again:
        emit duplicateReceived(seq, reply, from);
        m_stats.answered(seq, nowNs);  // counted as a duplicate
        return true;
    case RunReplyMatcher::Responder::Another:
        emit replyReceived(seq, reply, nowNs - sentNs, from);
        return true;
    case RunReplyMatcher::Responder::First:  // the datagram's answer in the statistics
    case RunReplyMatcher::Responder::Untracked:
        break;
    }
    return false;
}

void TrafficRun::handleReply(const QByteArray &reply, qint64 nowNs, const QString &from)
{
    const quint64 seq = m_matcher.sequenceFor(reply, from);  // 0, never sent: RunStatistics counts it unknown
    if (m_anyone && seq > 0 && handleOtherResponder(seq, reply, nowNs, from))
        return;
    qint64 roundTripNs = 0;
    switch (m_stats.answered(seq, nowNs, &roundTripNs)) {
    case RunStatistics::Reply::Answer:
        emit replyReceived(seq, reply, roundTripNs, from);
        emit datagramAnswered(seq, roundTripNs);
        break;
    case RunStatistics::Reply::Duplicate:
        emit duplicateReceived(seq, reply, from);
        break;
    case RunStatistics::Reply::Late:
    case RunStatistics::Reply::Unknown:
        emit unexpectedReceived(reply, from);
        break;
    }
}
