// SPDX-License-Identifier: MIT
#include "runreplymatcher.h"

#include "defaults.h"
#include "protocol.h"
#include "sequencedmessage.h"

#include <algorithm>
#include <utility>

void RunReplyMatcher::reset(const QByteArray &message, bool expectAny)
{
    m_message = message;
    m_numbered = SequencedMessage::isNumbered(message);
    m_expectAny = expectAny;
    m_anyone = false;
    m_waiting.clear();
    m_answers.clear();
    m_respondersHeld = 0;
    m_cursors.clear();
}

void RunReplyMatcher::sent(const Waiting &datagram)
{
    m_waiting.push_back(datagram);
    if (m_anyone)
        m_answers.insert(datagram.seq, {datagram.sentNs, {}});
}

RunReplyMatcher::Waiting RunReplyMatcher::takeOldest()
{
    const Waiting oldest = m_waiting.front();
    m_waiting.pop_front();
    forget(oldest.seq);
    return oldest;
}

std::deque<RunReplyMatcher::Waiting> RunReplyMatcher::takeAll()
{
    m_answers.clear();
    m_respondersHeld = 0;
    return std::exchange(m_waiting, {});
}

quint64 RunReplyMatcher::sequenceFor(const QByteArray &reply, const QString &from)
{
    QByteArray name;
    if (m_expectAny) {
        name = reply;  // an echo of a numbered datagram still names it
    } else if (!Protocol::parseHello(reply, &name)) {
        return 0;
    }
    if (m_numbered) {
        const quint64 seq = SequencedMessage::sequenceOf(m_message, name);
        if (seq > 0 || !m_expectAny)
            return seq;
        // Any datagram answers, and this one names no datagram: the oldest waiting, as below.
    } else if (!m_expectAny && name != m_message) {
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

quint64 RunReplyMatcher::nextUnanswered(const QString &from)
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

RunReplyMatcher::Responder RunReplyMatcher::answeredBy(quint64 seq, const QString &from, qint64 *sentNs)
{
    const auto answers = m_answers.find(seq);
    if (answers == m_answers.end())
        return Responder::Untracked;  // out of its time: late, as on a connected socket
    if (answers->responders.contains(from))
        return Responder::Again;  // duplicates are per responder
    if (answers->responders.size() >= Defaults::RespondersPerMessage || m_respondersHeld >= MaxRespondersHeld)
        return Responder::Untracked;
    answers->responders.append(from);
    ++m_respondersHeld;
    *sentNs = answers->sentNs;
    return answers->responders.size() == 1 ? Responder::First : Responder::Another;
}

void RunReplyMatcher::forget(quint64 seq)
{
    const auto answers = m_answers.constFind(seq);
    if (answers == m_answers.cend())
        return;
    m_respondersHeld -= int(answers->responders.size());
    m_answers.erase(answers);
}
