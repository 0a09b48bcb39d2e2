// SPDX-License-Identifier: MIT
#include "replymatcher.h"

#include "defaults.h"
#include "protocol.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

ReplyMatcher::ReplyMatcher()
    : m_hashSeed(size_t(QRandomGenerator::system()->generate64()))
{
}

void ReplyMatcher::add(int id, const QByteArray &message)
{
    Outstanding outstanding;
    outstanding.id = id;
    outstanding.message = message;
    m_outstanding.push_back(std::move(outstanding));
}

bool ReplyMatcher::markSent(int id, qint64 nowNs, qint64 timeoutNs)
{
    const auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                                 [id](const Outstanding &o) { return o.id == id; });
    if (it == m_outstanding.end())
        return false;
    Outstanding sent = std::move(*it);
    m_outstanding.erase(it);
    sent.sentNs = qMax<qint64>(1, nowNs);
    sent.deadlineNs = sent.sentNs + timeoutNs;
    sent.timedOut = false;
    // Sent (or re-sent) messages go to the back: replies are matched oldest first.
    m_outstanding.push_back(std::move(sent));
    return true;
}

const QByteArray *ReplyMatcher::message(int id) const
{
    const auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                                 [id](const Outstanding &o) { return o.id == id; });
    return it == m_outstanding.end() ? nullptr : &it->message;
}

bool ReplyMatcher::Outstanding::answeredBy(quint64 responder) const
{
    return std::find(responders.begin(), responders.end(), responder) != responders.end();
}

quint64 ReplyMatcher::responderKey(const QHostAddress &address, quint16 port) const
{
    return quint64(qHashMulti(m_hashSeed, Protocol::plainAddress(address), port));
}

bool ReplyMatcher::open(const Outstanding &o, quint64 responder) const
{
    return !m_manyResponders
        || (!o.answeredBy(responder) && o.responders.size() < size_t(Defaults::RespondersPerMessage));
}

std::vector<ReplyMatcher::Outstanding>::iterator ReplyMatcher::findFor(QByteArrayView message, quint64 responder)
{
    // The oldest message still waiting, else the oldest that already timed out (a late reply).
    auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(), [&](const Outstanding &o) {
        return !o.timedOut && o.sentNs > 0 && o.message == message && open(o, responder);
    });
    if (it == m_outstanding.end()) {
        it = std::find_if(m_outstanding.begin(), m_outstanding.end(), [&](const Outstanding &o) {
            return o.timedOut && o.message == message && open(o, responder);
        });
    }
    return it;
}

std::vector<ReplyMatcher::Outstanding>::iterator ReplyMatcher::findOldest(quint64 responder)
{
    // The oldest message still waiting; else the oldest timed out (a late reply); a datagram
    // when nothing was sent at all answers nothing.
    auto it = std::find_if(m_outstanding.begin(), m_outstanding.end(), [&](const Outstanding &o) {
        return !o.timedOut && o.sentNs > 0 && open(o, responder);
    });
    if (it == m_outstanding.end()) {
        it = std::find_if(m_outstanding.begin(), m_outstanding.end(),
                          [&](const Outstanding &o) { return o.timedOut && open(o, responder); });
    }
    return it;
}

ReplyMatcher::Match ReplyMatcher::match(QByteArrayView reply, qint64 nowNs, quint64 responder)
{
    Match result;
    QByteArray name;
    auto it = m_outstanding.end();
    if (m_expect == Expect::Any)
        it = findOldest(responder);
    else if (Protocol::isGoodBye(reply))
        it = findFor(Protocol::exitCommand(), responder);
    else if (Protocol::parseHello(reply, &name))
        it = findFor(name, responder);
    // With many responders a copy is a duplicate only from the same responder.
    const size_t hash = m_manyResponders ? qHashMulti(m_hashSeed, reply, responder) : qHash(reply, m_hashSeed);
    if (it == m_outstanding.end()) {
        // A second copy of a reply already matched: UDP may duplicate datagrams.
        const auto answered = std::find_if(m_recentlyAnswered.rbegin(), m_recentlyAnswered.rend(),
                                           [&](const Answered &a) { return a.hash == hash && a.size == reply.size(); });
        if (answered != m_recentlyAnswered.rend()) {
            result.kind = Match::Kind::Duplicate;
            result.id = answered->id;
        }
        return result;
    }
    result.kind = Match::Kind::Answer;
    result.id = it->id;
    result.roundTripNs = nowNs - it->sentNs;
    result.firstAnswer = it->responders.empty();
    // Late: its message had been given up on (with many responders, only if no one had answered).
    result.late = it->timedOut && result.firstAnswer;
    // Only the seed's protocol has a session to end.
    result.endsSession = m_expect == Expect::Hello && Protocol::isExit(it->message);
    result.overtook = result.firstAnswer && !it->timedOut
        && std::any_of(m_outstanding.begin(), it, [](const Outstanding &o) {
               return !o.timedOut && o.sentNs > 0 && o.responders.empty();
           });
    if (m_manyResponders)
        it->responders.push_back(responder);  // it waits on for the others until its time runs out
    else
        m_outstanding.erase(it);
    m_recentlyAnswered.push_back({result.id, reply.size(), hash});
    if (m_recentlyAnswered.size() > MaxRecentlyAnswered)
        m_recentlyAnswered.pop_front();
    return result;
}

std::vector<ReplyMatcher::Expired> ReplyMatcher::expire(qint64 nowNs)
{
    std::vector<Expired> expired;
    for (Outstanding &o : m_outstanding) {
        if (!o.timedOut && o.sentNs > 0 && o.deadlineNs <= nowNs) {
            o.timedOut = true;
            expired.push_back({o.id, int(o.responders.size())});
        }
    }
    forgetOldestTimedOut();
    return expired;
}

void ReplyMatcher::forgetOldestTimedOut()
{
    auto timedOut = std::count_if(m_outstanding.begin(), m_outstanding.end(),
                                  [](const Outstanding &o) { return o.timedOut; });
    for (auto it = m_outstanding.begin(); timedOut > MaxTimedOutKept && it != m_outstanding.end();) {
        if (it->timedOut) {
            it = m_outstanding.erase(it);
            --timedOut;
        } else {
            ++it;
        }
    }
}

qint64 ReplyMatcher::nextDeadlineNs() const
{
    qint64 earliest = -1;
    for (const Outstanding &o : m_outstanding) {
        if (!o.timedOut && o.sentNs > 0 && (earliest < 0 || o.deadlineNs < earliest))
            earliest = o.deadlineNs;
    }
    return earliest;
}

int ReplyMatcher::waitingCount() const
{
    return int(std::count_if(m_outstanding.begin(), m_outstanding.end(),
                             [](const Outstanding &o) { return !o.timedOut; }));
}

void ReplyMatcher::clear() { m_outstanding.clear(); }
