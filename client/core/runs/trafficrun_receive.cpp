// SPDX-License-Identifier: MIT
// TrafficRun's receiving side: which datagram a reply answers, and who answered it.
#include "trafficrun.h"

#include "sequencedmessage.h"

#include "protocol.h"

#include <algorithm>

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

quint64 TrafficRun::sequenceFor(const QByteArray &reply, const QString &from)
{
    QByteArray name;
    if (m_settings.expectAny) {
        name = reply;  // an echo of a numbered datagram still names it
    } else if (!Protocol::parseHello(reply, &name)) {
        return 0;
    }
    if (m_numbered) {
        const quint64 seq = SequencedMessage::sequenceOf(m_settings.message, name);
        if (seq > 0 || !m_settings.expectAny)
            return seq;
        // Any datagram answers, and this one names no datagram: the oldest waiting, as below.
    } else if (!m_settings.expectAny && name != m_settings.message) {
        return 0;
    }
    // All replies alike: the oldest datagram still waiting is answered (with anyone answering,
    // the oldest this responder has not answered yet). Unnumbered, the queue holds only those.
    if (m_anyone)
        return nextUnanswered(from);
    if (m_waiting.empty())
        return 0;
    const quint64 seq = m_waiting.front().seq;
    m_waiting.pop_front();
    return seq;
}

quint64 TrafficRun::nextUnanswered(const QString &from)
{
    // From this responder's cursor (the datagram after the last it answered), not from the front:
    // scanning past everything it already answered made each reply cost the whole queue.
    auto cursor = m_cursors.find(from);
    if (cursor == m_cursors.end() && m_cursors.size() < MaxRespondersHeld)
        cursor = m_cursors.insert(from, 0);
    const quint64 first = cursor == m_cursors.end() ? 0 : *cursor;
    auto w = std::lower_bound(m_waiting.cbegin(), m_waiting.cend(), first,
                              [](const Waiting &waiting, quint64 seq) { return waiting.seq < seq; });
    for (; w != m_waiting.cend(); ++w) {
        const auto answers = m_answers.constFind(w->seq);
        if (answers != m_answers.cend() && !answers->responders.contains(from)) {
            if (cursor != m_cursors.end())
                *cursor = w->seq + 1;
            return w->seq;
        }
    }
    return 0;
}

bool TrafficRun::handleOtherResponder(quint64 seq, const QByteArray &reply, qint64 nowNs, const QString &from)
{
    const auto answers = m_answers.find(seq);
    if (answers == m_answers.end())
        return false;  // out of its time: late, as on a connected socket
    if (answers->responders.contains(from)) {
        emit duplicateReceived(seq, reply, from);  // duplicates are per responder
        m_stats.answered(seq, nowNs);
        return true;
    }
    if (answers->responders.size() >= Defaults::RespondersPerMessage || m_respondersHeld >= MaxRespondersHeld)
        return false;
    answers->responders.append(from);
    ++m_respondersHeld;
    if (answers->responders.size() == 1)
        return false;  // the first: counted in the statistics as the datagram's answer
    emit replyReceived(seq, reply, nowNs - answers->sentNs, from);
    return true;
}

void TrafficRun::handleReply(const QByteArray &reply, qint64 nowNs, const QString &from)
{
    const quint64 seq = sequenceFor(reply, from);  // 0, never sent: RunStatistics counts it unknown
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

void TrafficRun::forgetAnswers(quint64 seq)
{
    const auto answers = m_answers.constFind(seq);
    if (answers == m_answers.cend())
        return;
    m_respondersHeld -= int(answers->responders.size());
    m_answers.erase(answers);
}
