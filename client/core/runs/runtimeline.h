// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QtGlobal>

#include <deque>
#include <functional>

// What a run's charts draw, in bounded memory however long the run: the last MaxPoints round
// trips (x: seconds since the start, y: ms), the last MaxPoints losses (x: when the lost datagram
// was sent), and datagrams sent and answered in each of the last MaxSeconds whole seconds. The
// statistics over the whole run are RunStatistics' job; this only keeps what is in view.
class RunTimeline
{
public:
    static constexpr int MaxPoints = 3000;
    static constexpr int MaxSeconds = 600;

    struct Second
    {
        qint64 second = 0;  // since the start
        quint64 sent = 0;
        quint64 answered = 0;
    };

    // Monotonic ns; tests give their own.
    using Clock = std::function<qint64()>;

    RunTimeline();
    void setClock(Clock clock) { m_now = std::move(clock); }

    // Forgets everything; time 0 is now.
    void start();
    void sent();
    void answered(qint64 roundTripNs);
    // A datagram given up on after timeoutNs: marked when it was sent, not when the wait ended.
    void lost(qint64 timeoutNs);

    const std::deque<QPointF> &roundTrips() const { return m_roundTrips; }
    const std::deque<double> &losses() const { return m_losses; }
    // Oldest first, one entry for every second from the first kept to the current one.
    const std::deque<Second> &perSecond() const { return m_perSecond; }
    // Seconds since start() (what a chart's time axis ends at).
    double elapsedSeconds() const;
    // Changes with every event: a chart redraws only when it did.
    quint64 version() const { return m_version; }

private:
    Second &secondNow();
    template<typename T>
    static void push(std::deque<T> &queue, T value, size_t cap);

    Clock m_now;
    qint64 m_startNs = 0;
    std::deque<QPointF> m_roundTrips;
    std::deque<double> m_losses;
    std::deque<Second> m_perSecond;
    quint64 m_version = 0;
};
