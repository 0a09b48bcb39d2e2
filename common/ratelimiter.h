#pragma once

#include <QHash>
#include <QHostAddress>

// Reflection guard: a token bucket per source network (/24 for IPv4, /56 for IPv6), so a forged
// sender address cannot turn the server into an amplifier against someone else.
// The table of buckets is bounded; when it is full of active sources, new sources are refused
// until some bucket refills (failing closed is what protects the victim).
class RateLimiter
{
public:
    static constexpr int DefaultRate = 50;   // replies per second per source network
    static constexpr int MaxSources = 4096;

    // ratePerSecond 0 turns the limiter off. The burst defaults to twice the rate.
    void setRate(int ratePerSecond, int burst = -1);
    int rate() const { return m_rate; }
    int burst() const { return m_burst; }
    bool isEnabled() const { return m_rate > 0; }

    // Takes one token from the sender's bucket; false when it is empty. nowNs: a monotonic clock.
    bool allow(const QHostAddress &sender, qint64 nowNs);
    int trackedSources() const { return int(m_buckets.size()); }
    void clear() { m_buckets.clear(); }

    // The bucket key: the /24 of an IPv4 address (IPv4-mapped included), the /56 of an IPv6 one.
    static quint64 networkKey(const QHostAddress &address);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    void refill(Bucket &bucket, qint64 nowNs) const;
    void dropFullBuckets(qint64 nowNs);

    QHash<quint64, Bucket> m_buckets;
    int m_rate = 0;
    int m_burst = 0;
};
