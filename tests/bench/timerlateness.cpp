// SPDX-License-Identifier: MIT
#include "timerlateness.h"

#include <algorithm>
#include <utility>

TimerLateness::TimerLateness()
{
    m_ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_ticker, &QTimer::timeout, [this] { m_lateness.push_back(m_sinceTick.restart() - 10); });
}

void TimerLateness::start()
{
    m_sinceTick.start();
    m_ticker.start(10);
}

std::vector<qint64> TimerLateness::takeSorted()
{
    std::vector<qint64> taken = std::exchange(m_lateness, {});
    std::sort(taken.begin(), taken.end());
    m_sinceTick.restart();
    return taken;
}
