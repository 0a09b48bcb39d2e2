// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

// Work that comes in bursts, done at most once per interval: after each item, request() asks for
// one run of the action within the interval, and requests before it runs join that one. Under a
// flood a model tells its views, a file writes and a view scrolls once per interval, not once per
// datagram. cancel() forgets a pending run (the owner just did the work itself, or is closing).
class CoalescedFlush
{
public:
    // What a person sees change: about 30 times a second, as often as a view is worth repainting.
    static constexpr int ViewIntervalMs = 33;

    template<typename Receiver, typename Action>
    CoalescedFlush(int intervalMs, Receiver *receiver, Action action)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, receiver, action);
    }

    void request()
    {
        if (!m_timer.isActive())
            m_timer.start();
    }
    void cancel() { m_timer.stop(); }
    bool isPending() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }

private:
    QTimer m_timer;
};
