// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include "defaults.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {
// splitmix64's finaliser: every bit of the key moves every bit of the bucket index.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

RateLimiter::RateLimiter()
{
    for (quint64 &seed : m_seeds)
        seed = QRandomGenerator::system()->generate64();
}

void RateLimiter::setRate(int ratePerSecond, int burst)
{
    m_rate = std::clamp(ratePerSecond, 0, Defaults::RateLimitMax);
    // In double: twice a large rate must not overflow into a negative burst.
    m_burst = burst > 0 ? double(burst) : 2.0 * m_rate;
    m_globalRate = double(m_rate) * GlobalFactor;
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
    m_cells.assign(size_t(Rows) * Width, Bucket{m_burst, 0});
    m_global = Bucket{m_globalRate, 0};
}

quint64 RateLimiter::networkKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return (quint64(1) << 63) | (v4 >> 8);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    quint64 key = 0;
    for (int i = 0; i < 7; ++i)  // 56 bits
        key = (key << 8) | v6[i];
    return key;
}

size_t RateLimiter::cellOf(int row, quint64 key) const
{
    return size_t(row) * Width + size_t(mix(key ^ m_seeds[row]) % Width);
}

void RateLimiter::refill(Bucket &bucket, double rate, double burst, qint64 nowNs) const
{
    const double elapsed = double(nowNs - bucket.updatedNs) / 1e9;
    if (elapsed > 0)
        bucket.tokens = std::min(burst, bucket.tokens + elapsed * rate);
    bucket.updatedNs = std::max(bucket.updatedNs, nowNs);
}

bool RateLimiter::allow(const QHostAddress &sender, qint64 nowNs)
{
    if (m_rate <= 0)
        return true;
    const quint64 key = networkKey(sender);
    Bucket *cells[Rows];
    double fullest = 0;
    for (int row = 0; row < Rows; ++row) {
        cells[row] = &m_cells[cellOf(row, key)];
        refill(*cells[row], m_rate, m_burst, nowNs);
        fullest = std::max(fullest, cells[row]->tokens);
    }
    if (fullest < 1.0)
        return false;
    refill(m_global, m_globalRate, m_globalRate, nowNs);
    const bool wellWithinRate = fullest >= m_burst / 2;
    if (m_global.tokens < 1.0 && !wellWithinRate)
        return false;
    m_global.tokens = std::max(0.0, m_global.tokens - 1.0);
    // From every bucket, so the fullest one (the network's own allowance) always pays.
    for (Bucket *cell : cells)
        cell->tokens = std::max(0.0, cell->tokens - 1.0);
    return true;
}
