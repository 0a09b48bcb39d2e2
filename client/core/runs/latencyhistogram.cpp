// SPDX-License-Identifier: MIT
#include "latencyhistogram.h"

#include <QtAlgorithms>

#include <cmath>

int LatencyHistogram::bucketOf(qint64 ns)
{
    const quint64 v = quint64(qBound<qint64>(0, ns, MaxNs));
    if (v < quint64(Linear))
        return int(v);
    // Bits, not logarithms: adding stays a few instructions (a run adds millions).
    const int exponent = 63 - int(qCountLeadingZeroBits(v));  // 7..35
    const int sub = int(v >> (exponent - SubBits)) - (1 << SubBits);  // 0..63
    return Linear + (exponent - 7) * (1 << SubBits) + sub;
}

qint64 LatencyHistogram::lowerBound(int bucket)
{
    if (bucket < Linear)
        return bucket;
    const int exponent = 7 + (bucket - Linear) / (1 << SubBits);
    const int sub = (bucket - Linear) % (1 << SubBits);
    return qint64((1 << SubBits) + sub) << (exponent - SubBits);
}

qint64 LatencyHistogram::width(int bucket)
{
    return bucket < Linear ? 1 : qint64(1) << (7 + (bucket - Linear) / (1 << SubBits) - SubBits);
}

void LatencyHistogram::add(qint64 ns)
{
    ns = qMax<qint64>(0, ns);
    ++m_buckets[size_t(bucketOf(ns))];
    m_min = m_count == 0 ? ns : qMin(m_min, ns);
    m_max = m_count == 0 ? ns : qMax(m_max, ns);
    ++m_count;
}

qint64 LatencyHistogram::quantileNs(double q) const
{
    if (m_count == 0)
        return 0;
    // The smallest value with at least q of all values at or below it (nearest rank).
    const quint64 rank = qMax<quint64>(1, quint64(std::ceil(qBound(0.0, q, 1.0) * double(m_count))));
    quint64 seen = 0;
    for (int b = 0; b < BucketCount; ++b) {
        seen += m_buckets[size_t(b)];
        if (seen >= rank) {
            const qint64 middle = b < Linear ? lowerBound(b) : lowerBound(b) + width(b) / 2;
            return qBound(m_min, middle, m_max);
        }
    }
    return m_max;
}
