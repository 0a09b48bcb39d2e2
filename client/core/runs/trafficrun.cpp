// SPDX-License-Identifier: MIT
#include "trafficrun.h"

#include "sequencedmessage.h"

#include "protocol.h"

#include <QUdpSocket>
#include <QVariant>

#include <cmath>
#include <utility>

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
    m_numbered = SequencedMessage::isNumbered(settings.message);
    m_stats = RunStatistics();
    m_waiting.clear();
    m_answers.clear();
    m_cursors.clear();
    m_respondersHeld = 0;
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
    const std::deque<Waiting> waiting = std::exchange(m_waiting, {});
    const qint64 now = m_now();
    for (const Waiting &w : waiting) {
        if (m_stats.timedOut(w.seq))
            emit datagramLost(w.seq, waitedNs(w, now));  // not replyTimedOut: its time had not run out
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
        && m_stats.answeredCount() + m_stats.lostCount() >= m_stats.sentCount() && (!m_anyone || m_waiting.empty());
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
    if (!m_waiting.empty() && (next < 0 || m_waiting.front().deadlineNs < next))
        next = m_waiting.front().deadlineNs;
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
            m_waiting.push_back({seq, sentNs + qint64(m_settings.timeoutMs) * NsPerMs});
            if (m_anyone)
                m_answers.insert(seq, {sentNs, {}});
            if (m_waiting.size() > size_t(RunStatistics::DefaultWindow)) {
                // More in flight than the statistics keep: the oldest is given up on (and counted lost).
                const Waiting oldest = m_waiting.front();
                m_waiting.pop_front();
                forgetAnswers(oldest.seq);
                if (m_stats.timedOut(oldest.seq)) {
                    emit replyTimedOut(oldest.seq);
                    emit datagramLost(oldest.seq, waitedNs(oldest, sentNs));
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
    while (!m_waiting.empty() && m_waiting.front().deadlineNs <= nowNs) {
        const quint64 seq = m_waiting.front().seq;
        const qint64 waited = waitedNs(m_waiting.front(), nowNs);
        m_waiting.pop_front();
        forgetAnswers(seq);
        if (m_stats.timedOut(seq)) {
            emit replyTimedOut(seq);
            emit datagramLost(seq, waited);
        }
    }
}

qint64 TrafficRun::waitedNs(const Waiting &waiting, qint64 nowNs) const
{
    return qMax<qint64>(0, nowNs - (waiting.deadlineNs - qint64(m_settings.timeoutMs) * NsPerMs));
}
