#include "ratelimiter.h"

void RateLimiter::setRate(int ratePerSecond, int burst)
{
    m_rate = qMax(0, ratePerSecond);
    m_burst = burst > 0 ? burst : 2 * m_rate;
    m_buckets.clear();
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

void RateLimiter::refill(Bucket &bucket, qint64 nowNs) const
{
    const double elapsed = double(nowNs - bucket.updatedNs) / 1e9;
    if (elapsed > 0)
        bucket.tokens = qMin(double(m_burst), bucket.tokens + elapsed * m_rate);
    bucket.updatedNs = nowNs;
}

void RateLimiter::dropFullBuckets(qint64 nowNs)
{
    // A bucket that has refilled is the same as no bucket: forget it.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it.value(), nowNs);
        if (it.value().tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

bool RateLimiter::allow(const QHostAddress &sender, qint64 nowNs)
{
    if (m_rate <= 0)
        return true;
    const quint64 key = networkKey(sender);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxSources) {
            dropFullBuckets(nowNs);
            if (m_buckets.size() >= MaxSources)
                return false;
        }
        it = m_buckets.insert(key, Bucket{double(m_burst), nowNs});
    } else {
        refill(it.value(), nowNs);
    }
    if (it.value().tokens < 1.0)
        return false;
    it.value().tokens -= 1.0;
    return true;
}
