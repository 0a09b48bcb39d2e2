// SPDX-License-Identifier: MIT
#include "runtimeline.h"

#include <QElapsedTimer>

#include <memory>

RunTimeline::RunTimeline()
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_now = [clock] { return clock->nsecsElapsed(); };
}

void RunTimeline::start()
{
    m_startNs = m_now();
    m_roundTrips.clear();
    m_losses.clear();
    m_perSecond.clear();
    ++m_version;
}

double RunTimeline::elapsedSeconds() const { return double(m_now() - m_startNs) / 1e9; }

template<typename T>
void RunTimeline::push(std::deque<T> &queue, T value, size_t cap)
{
    queue.push_back(std::move(value));
    while (queue.size() > cap)
        queue.pop_front();
}

RunTimeline::Second &RunTimeline::secondNow()
{
    const qint64 second = qMax<qint64>(0, (m_now() - m_startNs) / 1000000000);
    if (!m_perSecond.empty() && m_perSecond.back().second >= second)
        return m_perSecond.back();
    // Quiet seconds count as zeros, so that a pause shows as one; after a long one, only the
    // last MaxSeconds of it are kept.
    qint64 next = m_perSecond.empty() ? second : m_perSecond.back().second + 1;
    next = qMax(next, second - MaxSeconds + 1);
    for (; next <= second; ++next)
        push(m_perSecond, Second{next, 0, 0}, MaxSeconds);
    return m_perSecond.back();
}

void RunTimeline::sent()
{
    ++secondNow().sent;
    ++m_version;
}

void RunTimeline::answered(qint64 roundTripNs)
{
    ++secondNow().answered;
    push(m_roundTrips, QPointF(elapsedSeconds(), double(roundTripNs) / 1e6), MaxPoints);
    ++m_version;
}

void RunTimeline::lost(qint64 timeoutNs)
{
    push(m_losses, qMax(0.0, elapsedSeconds() - double(timeoutNs) / 1e9), MaxPoints);
    ++m_version;
}
