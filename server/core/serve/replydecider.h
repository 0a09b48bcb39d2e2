// SPDX-License-Identifier: MIT
#pragma once

#include "amplificationguard.h"
#include "datagramrecord.h"
#include "defaults.h"
#include "protocol.h"
#include "ratelimiter.h"
#include "replymode.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>

// What a server has done with the datagrams it read.
struct ServeCounters
{
    quint64 received = 0;
    quint64 answered = 0;
    quint64 unanswered = 0;  // received = answered + unanswered, always
    quint64 rateLimited = 0; // part of unanswered
    quint64 heldBack = 0;    // part of unanswered: the reply would have amplified
    quint64 bytesIn = 0;     // UDP payload bytes
    quint64 bytesOut = 0;
    // Discarded by the system before they were read (the receive buffer was full): not part of
    // received. Sent to us = received + droppedBySystem (+ any still waiting in the buffer).
    quint64 droppedBySystem = 0;
};

// What each datagram gets back, decided the same way for both of HelloServer's read paths: the
// reply mode's kind and bytes, then the size, the rate limit and the amplification guard (the
// reflection guard, on whenever the limit is). It keeps the reply's bytes on the record where
// payloads are kept, and counts every datagram. No socket: HelloServer reads and sends.
class ReplyDecider
{
public:
    ReplyDecider();

    // How datagrams are answered (--reply); the tutorial's hello protocol by default.
    void setReplyMode(std::unique_ptr<ReplyMode> mode);
    const ReplyMode &replyMode() const { return *m_mode; }
    // Replies per second per source network; 0 is off, Defaults::RateLimitAuto decides by place.
    void setRateLimit(int perSecond);
    int rateLimitSetting() const { return m_rateLimitSetting; }
    int effectiveRateLimit() const { return m_limiter.rate(); }
    // Where the server listens: on loopback only this machine can send, so "auto" is off there,
    // unless replies can be longer than what they answer (then a local flood is amplified too).
    void setOnLoopback(bool loopback);
    // Whether records keep the payload and the reply's bytes (HelloServer::setKeepPayloads).
    void setKeepPayloads(bool keep) { m_keepPayloads = keep; }
    bool keepPayloads() const { return m_keepPayloads; }

    // The monotonic clock (ns) the rate limit runs on; tests give their own.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_now = std::move(clock); }
    qint64 now() const { return m_now(); }

    // Decides the reply to a datagram whose record has its sender and time: sets the record's
    // replyKind, replyFate and (where payloads are kept) reply, and returns the pieces to send
    // when the fate is Sent. counter: replies sent before this one; made: where the mode may
    // build the reply's bytes (it must live until the reply is sent).
    Protocol::ReplyPieces decide(DatagramRecord &record, QByteArrayView payload, quint64 counter, QByteArray *made);
    // The system refused to send the record's reply.
    static void sendFailed(DatagramRecord &record);
    // Counts a datagram once its fate is final (after the send).
    void account(const DatagramRecord &record, qsizetype payloadSize, qsizetype replySize);
    const ServeCounters &counters() const { return m_counters; }

private:
    ReplyFate fate(const ReplyMode::Context &context, ReplyKind kind, Protocol::ReplyPieces *pieces, QByteArray *made);
    void applyRateLimit();

    std::unique_ptr<ReplyMode> m_mode;
    RateLimiter m_limiter;
    AmplificationGuard m_guard;  // on whenever the limiter is
    int m_rateLimitSetting = Defaults::RateLimitAuto;
    bool m_onLoopback = false;
    bool m_keepPayloads = true;
    ServeCounters m_counters;
    QElapsedTimer m_clock;
    Clock m_now;
};
