// SPDX-License-Identifier: MIT
#include "runstatistics.h"

#include <cstdlib>

RunStatistics::RunStatistics(int window)
    : m_slots(size_t(qMax(1, window)))
{
}

RunStatistics::Slot *RunStatistics::slotFor(quint64 seq)
{
    Slot &slot = m_slots[size_t(seq % m_slots.size())];
    return slot.state != State::Empty && slot.seq == seq ? &slot : nullptr;
}

void RunStatistics::sent(quint64 seq, qint64 sendNs)
{
    Slot &slot = m_slots[size_t(seq % m_slots.size())];
    // The slot's last datagram, `window` numbers ago, never answered: it is not coming back.
    if (slot.state == State::Pending)
        ++m_lost;
    slot = Slot{seq, sendNs, State::Pending};
    if (m_sent == 0)
        m_firstSendNs = sendNs;
    m_lastSendNs = sendNs;
    ++m_sent;
}

RunStatistics::Reply RunStatistics::answered(quint64 seq, qint64 receiveNs, qint64 *roundTripNs)
{
    Slot *slot = slotFor(seq);
    if (!slot) {
        ++m_unknown;
        return Reply::Unknown;
    }
    if (slot->state == State::Answered) {
        ++m_duplicated;
        return Reply::Duplicate;
    }
    if (slot->state == State::Lost) {
        ++m_late;
        return Reply::Late;
    }
    slot->state = State::Answered;
    ++m_answered;
    if (m_anyAnswered && seq < m_highestAnswered)
        ++m_reordered;
    const qint64 transit = receiveNs - slot->sendNs;
    m_roundTrips.add(transit);
    if (m_anyAnswered) {
        // RFC 3550, 6.4.1 and A.8: a running estimate with gain 1/16, in ns (not RTP units).
        const double d = double(std::llabs(transit - m_lastTransit));
        m_jitter += (d - m_jitter) / 16.0;
    }
    m_lastTransit = transit;
    m_highestAnswered = m_anyAnswered ? qMax(m_highestAnswered, seq) : seq;
    m_anyAnswered = true;
    if (roundTripNs)
        *roundTripNs = transit;
    return Reply::Answer;
}

bool RunStatistics::timedOut(quint64 seq)
{
    Slot *slot = slotFor(seq);
    if (!slot || slot->state != State::Pending)
        return false;
    slot->state = State::Lost;
    ++m_lost;
    return true;
}

double RunStatistics::sendRate() const
{
    const qint64 span = m_lastSendNs - m_firstSendNs;
    return m_sent >= 2 && span > 0 ? double(m_sent - 1) * 1e9 / double(span) : 0.0;
}
