// SPDX-License-Identifier: MIT
#include "ratemeter.h"

#include <cmath>

double RateMeter::sample(quint64 count, qint64 nowNs)
{
    if (!m_started || count < m_lastCount) {
        m_started = true;
        m_lastCount = count;
        m_lastNs = nowNs;
        m_rate = 0;
        return m_rate;
    }
    const qint64 elapsed = nowNs - m_lastNs;
    if (elapsed <= 0)
        return m_rate;
    const double instant = double(count - m_lastCount) * 1e9 / double(elapsed);
    const double weight = 1.0 - std::exp(-double(elapsed) / double(SmoothingNs));
    m_rate += (instant - m_rate) * weight;
    m_lastCount = count;
    m_lastNs = nowNs;
    return m_rate;
}
