// SPDX-License-Identifier: MIT
#pragma once

#include "latencyhistogram.h"

#include <QtGlobal>

#include <vector>

// What a traffic run measured, fed as it goes: each datagram sent, each reply, each timeout.
// Memory is fixed at construction however long the run: a ring of the last `window` sequence
// numbers and a LatencyHistogram. Times are ns on any one clock (the kernel's receive stamps and
// the time taken just before each send, in practice).
//
// - lost: no reply within the timeout (timedOut()), or still unanswered when its ring slot was
//   needed for a datagram `window` numbers later. A reply after that counts as late, not answered.
// - duplicated: a second (third...) reply to one datagram.
// - reordered: a reply to a lower sequence number than one already answered (RFC 4737's sense).
// - jitter: RFC 3550's interarrival jitter, J += (|D| - J) / 16, D the difference between
//   consecutive replies' transit times (receive - send), in reply order.
class RunStatistics
{
public:
    static constexpr int DefaultWindow = 1 << 16;

    explicit RunStatistics(int window = DefaultWindow);

    // What a reply turned out to be, so that a caller can say it (a line per reply, a chart point).
    enum class Reply { Answer, Duplicate, Late, Unknown };

    void sent(quint64 seq, qint64 sendNs);
    // *roundTripNs (if given) is set for an Answer.
    Reply answered(quint64 seq, qint64 receiveNs, qint64 *roundTripNs = nullptr);
    // True if that datagram was waiting and is now counted lost.
    bool timedOut(quint64 seq);

    quint64 sentCount() const { return m_sent; }
    quint64 answeredCount() const { return m_answered; }
    quint64 lostCount() const { return m_lost; }
    quint64 duplicatedCount() const { return m_duplicated; }
    quint64 reorderedCount() const { return m_reordered; }
    // Replies after their datagram was counted lost, and replies to nothing sent (or forgotten).
    quint64 lateCount() const { return m_late; }
    quint64 unknownCount() const { return m_unknown; }

    const LatencyHistogram &roundTrips() const { return m_roundTrips; }
    qint64 minNs() const { return m_roundTrips.minNs(); }
    qint64 p50Ns() const { return m_roundTrips.quantileNs(0.50); }
    qint64 p99Ns() const { return m_roundTrips.quantileNs(0.99); }
    qint64 maxNs() const { return m_roundTrips.maxNs(); }
    double jitterNs() const { return m_jitter; }
    // Datagrams per second between the first send and the last: (sent - 1) / span; 0 before two.
    double sendRate() const;

    // Bytes this object holds, itself included: the same after a million datagrams as before.
    size_t memoryBytes() const { return sizeof(*this) + m_slots.capacity() * sizeof(Slot); }

private:
    enum class State : quint8 { Empty, Pending, Answered, Lost };
    struct Slot
    {
        quint64 seq = 0;
        qint64 sendNs = 0;
        State state = State::Empty;
    };
    Slot *slotFor(quint64 seq);

    std::vector<Slot> m_slots;
    LatencyHistogram m_roundTrips;
    quint64 m_sent = 0;
    quint64 m_answered = 0;
    quint64 m_lost = 0;
    quint64 m_duplicated = 0;
    quint64 m_reordered = 0;
    quint64 m_late = 0;
    quint64 m_unknown = 0;
    quint64 m_highestAnswered = 0;
    bool m_anyAnswered = false;
    qint64 m_lastTransit = 0;
    double m_jitter = 0;
    qint64 m_firstSendNs = 0;
    qint64 m_lastSendNs = 0;
};
