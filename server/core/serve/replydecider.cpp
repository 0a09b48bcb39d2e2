// SPDX-License-Identifier: MIT
#include "replydecider.h"

ReplyDecider::ReplyDecider()
{
    m_clock.start();
    m_now = [this] { return m_clock.nsecsElapsed(); };
    QString unused;
    m_mode = ReplyMode::create(QStringLiteral("hello"), {}, &unused);
}

void ReplyDecider::setReplyMode(std::unique_ptr<ReplyMode> mode)
{
    m_mode = std::move(mode);
    applyRateLimit();
}

void ReplyDecider::setRateLimit(int perSecond)
{
    m_rateLimitSetting = perSecond < 0 ? Defaults::RateLimitAuto : perSecond;
    applyRateLimit();
}

void ReplyDecider::setOnLoopback(bool loopback)
{
    m_onLoopback = loopback;
    applyRateLimit();
}

void ReplyDecider::applyRateLimit()
{
    int rate = m_rateLimitSetting;
    if (rate == Defaults::RateLimitAuto)
        rate = m_onLoopback && !m_mode->canAmplify() ? 0 : Defaults::RateLimitElsewhere;
    m_limiter.setRate(rate);
    m_guard.setEnabled(rate > 0);
}

ReplyFate ReplyDecider::fate(const ReplyMode::Context &context, ReplyKind kind, Protocol::ReplyPieces *pieces,
                             QByteArray *made)
{
    // Every datagram earns its network credit, answered or not: its bytes did cross the wire.
    // (Tested inline first: with the guard off, as on loopback, this path costs one branch.)
    if (m_guard.isEnabled())
        m_guard.received(context.sender, context.payload.size());
    if (kind == ReplyKind::None)
        return ReplyFate::NotAnswered;
    *pieces = m_mode->reply(context, made);
    if (pieces->size() > Protocol::MaxDatagramSize)
        return ReplyFate::TooLarge;
    if (m_limiter.isEnabled() && !m_limiter.allow(context.sender, m_now()))
        return ReplyFate::RateLimited;
    if (m_guard.isEnabled() && !m_guard.allowReply(context.sender, pieces->size()))
        return ReplyFate::WouldAmplify;
    return ReplyFate::Sent;
}

Protocol::ReplyPieces ReplyDecider::decide(DatagramRecord &record, QByteArrayView payload, quint64 counter,
                                           QByteArray *made)
{
    const ReplyMode::Context context{payload, record.sender, record.senderPort, counter, record.timeMs};
    Protocol::ReplyPieces pieces;
    record.replyKind = m_mode->kind(payload);
    record.replyFate = fate(context, record.replyKind, &pieces, made);
    if (!record.answered() || !m_keepPayloads) {
        record.reply.clear();
        return pieces;
    }
    // The record keeps the bytes that are sent, and what is sent is that very buffer: the log,
    // the log file, the exports and the capture show what left, never a reply rebuilt later.
    // One allocation per answered datagram, paid only where payloads are kept (the window, a log
    // file, a capture); an echo shares the payload the record keeps, and a reply the mode built
    // in *made shares that buffer.
    const auto isWhole = [&](QByteArrayView bytes) {
        return pieces.count == 1 && pieces.piece[0].data() == bytes.data() && pieces.piece[0].size() == bytes.size();
    };
    const bool echoed = isWhole(payload) && record.payload.size() == payload.size();
    record.reply = echoed ? record.payload : isWhole(*made) ? *made : pieces.joined();
    Protocol::ReplyPieces kept;
    kept.append(record.reply);
    return kept;
}

void ReplyDecider::sendFailed(DatagramRecord &record)
{
    record.replyFate = ReplyFate::SendFailed;
    record.reply.clear();  // nothing left
}

void ReplyDecider::account(const DatagramRecord &record, qsizetype payloadSize, qsizetype replySize)
{
    ++m_counters.received;
    m_counters.bytesIn += quint64(payloadSize);
    if (record.answered()) {
        ++m_counters.answered;
        m_counters.bytesOut += quint64(replySize);
    } else {
        ++m_counters.unanswered;
    }
    if (record.replyFate == ReplyFate::RateLimited)
        ++m_counters.rateLimited;
    else if (record.replyFate == ReplyFate::WouldAmplify)
        ++m_counters.heldBack;
}
