// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

// The event loop's health while a window works: how late a 10 ms timer fires, in ms. The client
// benchmarks (clientbench, runbench) report it.
class TimerLateness
{
public:
    TimerLateness();
    // The clock and the timer from now.
    void start();
    void stop() { m_ticker.stop(); }
    // The samples so far, sorted; they are cleared and the clock starts again (the timer goes on).
    std::vector<qint64> takeSorted();

    static qint64 quantile(const std::vector<qint64> &sorted, double q)
    {
        return sorted.empty() ? 0 : sorted[size_t(q * double(sorted.size() - 1))];
    }
    static qint64 worst(const std::vector<qint64> &sorted) { return sorted.empty() ? 0 : sorted.back(); }

private:
    QElapsedTimer m_sinceTick;
    std::vector<qint64> m_lateness;
    QTimer m_ticker;
};
