// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

#include <deque>
#include <vector>

// Which sent message a reply answers. By the seed's protocol, "Hello <name>!\n" answers the
// oldest message <name> still waiting (else the oldest that already timed out: a late reply) and
// "Good bye!\n" answers exit; with Expect::Any every datagram answers the oldest message waiting.
// When anyone may answer (a group, a broadcast, --any-sender), a message is answered once by each
// responder until its time runs out: a reply names the message and the responder, so server B's
// hello never counts as server A's, and a copy is a duplicate per responder.
// No sockets and no clock of its own: times are given, in ns.
// Everything it keeps is bounded, whatever a server sends.
class ReplyMatcher
{
public:
    // Messages kept for late replies after their timeout; the oldest are forgotten first.
    static constexpr int MaxTimedOutKept = 1000;
    // Replies matched lately, to spot duplicates.
    static constexpr size_t MaxRecentlyAnswered = 256;

    struct Match
    {
        enum class Kind { Answer, Duplicate, Unexpected };
        Kind kind = Kind::Unexpected;
        int id = 0;              // the message answered (Answer, Duplicate)
        qint64 roundTripNs = 0;  // Answer
        bool late = false;       // Answer: its message had timed out
        bool overtook = false;   // Answer: an older message is still waiting
        bool endsSession = false;  // Answer: the message was exit
        bool firstAnswer = false;  // Answer: no one had answered this message before
    };
    // A message whose time ran out, and how many responders had answered it by then.
    struct Expired
    {
        int id = 0;
        int responders = 0;
    };

    // What counts as a reply: the seed's protocol (Hello <name>!\n answers <name>), or any
    // datagram at all, which answers the oldest message still waiting (--expect any).
    enum class Expect { Hello, Any };

    ReplyMatcher();
    void setExpect(Expect expect) { m_expect = expect; }
    Expect expect() const { return m_expect; }
    // Many responders per message (see above); off: the first reply answers a message for good.
    void setManyResponders(bool many) { m_manyResponders = many; }

    // A message that will be sent (now, or once the session is ready).
    void add(int id, const QByteArray &message);
    // It went out now (again, for a retry: it then goes to the back). False if unknown.
    bool markSent(int id, qint64 nowNs, qint64 timeoutNs);
    const QByteArray *message(int id) const;
    bool contains(int id) const { return message(id) != nullptr; }

    // responder: who sent the reply (any number that tells responders apart; see responderKey()).
    Match match(QByteArrayView reply, qint64 nowNs, quint64 responder = 0);
    // The messages whose time ran out by nowNs, in send order.
    std::vector<Expired> expire(qint64 nowNs);
    // A responder's key for match(): seeded, so that no sender can pass for another by a collision.
    quint64 responderKey(const QHostAddress &address, quint16 port) const;
    // The earliest deadline of a message still waiting, or -1.
    qint64 nextDeadlineNs() const;
    int waitingCount() const;
    void clear();

private:
    struct Outstanding
    {
        int id = 0;
        QByteArray message;
        qint64 sentNs = 0;  // 0: not sent yet
        qint64 deadlineNs = 0;
        bool timedOut = false;
        std::vector<quint64> responders;  // with many responders; at most Defaults::RespondersPerMessage
        bool answeredBy(quint64 responder) const;
    };
    // Replies matched lately: their size and a keyed hash, not the replies themselves (256 replies
    // of 64 KiB each would be 16 MiB a hostile server chose to fill).
    struct Answered
    {
        int id = 0;
        qsizetype size = 0;
        size_t hash = 0;
    };

    std::vector<Outstanding>::iterator findFor(QByteArrayView message, quint64 responder);
    std::vector<Outstanding>::iterator findOldest(quint64 responder);
    // Whether this responder may still answer o (with one responder: anyone may, once).
    bool open(const Outstanding &o, quint64 responder) const;
    void forgetOldestTimedOut();

    std::vector<Outstanding> m_outstanding;  // in send order
    std::deque<Answered> m_recentlyAnswered;
    // A secret seed per client, so that a server cannot craft a datagram whose hash collides.
    size_t m_hashSeed = 0;
    Expect m_expect = Expect::Hello;
    bool m_manyResponders = false;
};
