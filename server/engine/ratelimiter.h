// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>

#include <vector>

// Reflection guard: replies per second per source network (/24 for IPv4, /56 for IPv6), so a
// forged sender address cannot turn the server into an amplifier against someone else.
//
// Networks are not kept in a table that a flood of forged prefixes could fill (a full table must
// either lock out newcomers or forget the flooders). Instead, as DNS servers' response rate
// limiting does, each network maps to one token bucket in each of Rows rows of hashed buckets
// (a count-min sketch of token buckets): a reply is allowed while any of its buckets has a token,
// and takes one from each of them. A network can never get more than its rate (its fullest bucket
// loses a token with every reply), and an honest network is only refused if every one of its
// buckets is shared with a flooder: with 5,000 flooding prefixes, about 1 in 300,000.
// Memory is fixed (Rows x Width buckets) whatever the senders do.
//
// The last line: a global cap (GlobalFactor x the rate, replies per second in all). Networks well
// within their own rate (a bucket at least half full) are always answered; only busy ones wait
// for the global cap, so a many-prefix flood cannot spend the honest clients' share.
class RateLimiter
{
public:
    static constexpr int Rows = 4;
    static constexpr int Width = 65536;
    static constexpr int GlobalFactor = 1000;

    RateLimiter();

    // ratePerSecond 0 turns the limiter off; it is clamped to Defaults::RateLimitMax. The burst
    // defaults to twice the rate.
    void setRate(int ratePerSecond, int burst = -1);
    int rate() const { return m_rate; }
    int burst() const { return int(m_burst); }
    double globalRate() const { return m_globalRate; }
    bool isEnabled() const { return m_rate > 0; }

    // Takes a token for one reply to the sender; false when it may not be answered now.
    // nowNs: a monotonic clock.
    bool allow(const QHostAddress &sender, qint64 nowNs);
    // Every bucket full again, as if nobody had sent anything.
    void clear();

    // The network of an address: the /24 of an IPv4 address (IPv4-mapped included), the /56 of an IPv6 one.
    static quint64 networkKey(const QHostAddress &address);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    void refill(Bucket &bucket, double rate, double burst, qint64 nowNs) const;
    size_t cellOf(int row, quint64 key) const;

    std::vector<Bucket> m_cells;  // Rows x Width, allocated while enabled
    quint64 m_seeds[Rows] = {};   // random per server: nobody can aim a prefix at a chosen bucket
    Bucket m_global;
    int m_rate = 0;
    double m_burst = 0;
    double m_globalRate = 0;
};
