// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>

// Which of a run's datagrams a reply answers, and who answered which. It holds the datagrams
// still in their time, in send order (so their deadlines are in order too). A reply names its
// datagram by its {seq} number where the message has one; otherwise all replies are alike and
// each answers the oldest datagram still waiting (with anyone answering, the oldest this
// responder has not answered yet). When anyone may answer, each datagram's responders are kept,
// bounded, so that a second responder and a duplicate can be told apart.
class RunReplyMatcher
{
public:
    struct Waiting
    {
        quint64 seq = 0;
        qint64 sentNs = 0;
        qint64 deadlineNs = 0;
    };
    // What a reply from `from` to an already matched datagram is, when anyone may answer.
    enum class Responder {
        First,     // its first answer: the statistics count it
        Another,   // another responder's: its own round trip, not counted again
        Again,     // this responder's again: a duplicate
        Untracked, // out of its time, or past the bounds: the statistics decide (late, duplicate)
    };
    // Responders held, all datagrams together: a crowd (or forged senders) answering every
    // datagram in flight is bounded too; past it, more replies count as duplicates.
    static constexpr int MaxRespondersHeld = 65536;

    // A new run of this message (--expect any: any datagram answers; a numbered echo names its datagram).
    void reset(const QByteArray &message, bool expectAny);
    // Whether anyone may answer (an unconnected socket): known once the socket is made.
    void setAnyone(bool anyone) { m_anyone = anyone; }

    void sent(const Waiting &datagram);
    bool isEmpty() const { return m_waiting.empty(); }
    qsizetype size() const { return qsizetype(m_waiting.size()); }
    // The oldest still in its time (isEmpty() must be false).
    const Waiting &oldest() const { return m_waiting.front(); }
    // Gives up on the oldest: out of its time, or more in flight than the statistics keep.
    Waiting takeOldest();
    // Every datagram still waiting, in send order; none waits after.
    std::deque<Waiting> takeAll();

    // The datagram this reply answers; 0 when it answers none of ours (or not a hello reply).
    quint64 sequenceFor(const QByteArray &reply, const QString &from);
    // Anyone may answer: records that `from` answered seq; *sentNs is when seq was sent.
    Responder answeredBy(quint64 seq, const QString &from, qint64 *sentNs);

private:
    quint64 nextUnanswered(const QString &from);
    void forget(quint64 seq);

    QByteArray m_message;
    bool m_numbered = false;
    bool m_expectAny = false;
    bool m_anyone = false;
    std::deque<Waiting> m_waiting;
    // Anyone may answer: per datagram still in its time, when it was sent and who answered it.
    struct Answers
    {
        qint64 sentNs = 0;
        QStringList responders;  // at most Defaults::RespondersPerMessage
    };
    QHash<quint64, Answers> m_answers;
    int m_respondersHeld = 0;
    // Anyone may answer, replies all alike: per responder, the sequence after the last datagram it
    // answered, so that finding the next one it has not answered does not rescan the queue. At
    // most MaxRespondersHeld responders; others are looked for from the front.
    QHash<QString, quint64> m_cursors;
};
