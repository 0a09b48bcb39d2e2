// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include "defaults.h"

#include <algorithm>

void RateLimiter::setRate(int ratePerSecond, int burst)
{
    m_rate = std::clamp(ratePerSecond, 0, Defaults::RateLimit.max);
    // In double: twice a large rate must not overflow into a negative burst.
    m_burst = burst > 0 ? double(burst) : 2.0 * m_rate;
    if (m_rate > 0)
        clear();
    else
        std::vector<Bucket>().swap(m_cells);
}

void RateLimiter::clear()
{
    if (m_rate <= 0)
        return;
    // A bucket refills to full from any past time, so "full at time 0" is the same as untouched.
    m_cells.assign(NetworkSketch::Cells, Bucket{m_burst, 0});
}

void RateLimiter::refill(Bucket &bucket, qint64 nowNs) const
{
    const double elapsed = double(nowNs - bucket.updatedNs) / 1e9;
    if (elapsed > 0)
        bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_rate);
    bucket.updatedNs = std::max(bucket.updatedNs, nowNs);
}

bool RateLimiter::allow(const QHostAddress &sender, qint64 nowNs)
{
    if (m_rate <= 0)
        return true;
    const NetworkSketch::Places places = m_sketch.places(NetworkSketch::networkKey(sender));
    double fullest = 0;
    for (const size_t place : places) {
        refill(m_cells[place], nowNs);
        fullest = std::max(fullest, m_cells[place].tokens);
    }
    if (fullest < 1.0)
        return false;
    // From every bucket, so the fullest one (the network's own allowance) always pays.
    for (const size_t place : places)
        m_cells[place].tokens = std::max(0.0, m_cells[place].tokens - 1.0);
    return true;
}
