// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <array>

// Round-trip times in a fixed amount of memory, however many are added: log-linear buckets in ns
// (exact below 128 ns, then 64 equal buckets per power of two), so a quantile is off by at most
// half a bucket, 1/128 of its value (0.8%). Times up to MaxNs (60 s) are kept; longer ones count
// in the last bucket. Min and max are kept exactly.
class LatencyHistogram
{
public:
    static constexpr qint64 MaxNs = 60LL * 1000 * 1000 * 1000;
    static constexpr double RelativeError = 1.0 / 128;

    void add(qint64 ns);
    void clear() { *this = LatencyHistogram(); }

    quint64 count() const { return m_count; }
    qint64 minNs() const { return m_count ? m_min : 0; }
    qint64 maxNs() const { return m_count ? m_max : 0; }
    // The q-quantile (0..1) as the middle of its bucket, within [min, max]; 0 when empty.
    qint64 quantileNs(double q) const;

private:
    static constexpr int Linear = 128;        // values below this have a bucket each
    static constexpr int SubBits = 6;         // 64 buckets per power of two above it
    static constexpr int TopExponent = 35;    // 2^36 ns > 60 s
    static constexpr int BucketCount = Linear + (TopExponent - 7 + 1) * (1 << SubBits);
    static int bucketOf(qint64 ns);
    static qint64 lowerBound(int bucket);
    static qint64 width(int bucket);

    std::array<quint64, BucketCount> m_buckets{};
    quint64 m_count = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};
