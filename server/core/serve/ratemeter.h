// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Events per second from a growing count, smoothed over about a second of the clock it is given
// (exponential, weighted by the time between samples, so it does not depend on how often it is
// asked).
class RateMeter
{
public:
    static constexpr qint64 SmoothingNs = 1000000000;

    // The count now, at nowNs on a monotonic clock; returns the smoothed rate.
    double sample(quint64 count, qint64 nowNs);
    double rate() const { return m_rate; }

private:
    bool m_started = false;
    quint64 m_lastCount = 0;
    qint64 m_lastNs = 0;
    double m_rate = 0;
};
