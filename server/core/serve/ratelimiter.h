// SPDX-License-Identifier: MIT
#pragma once

#include "networksketch.h"

#include <QHostAddress>

#include <vector>

// Reflection guard, first half: replies per second per source network (/24 for IPv4, /56 for
// IPv6), so a forged sender address cannot make the server flood someone else with replies.
// (The other half, AmplificationGuard, bounds the bytes: what a reply may cost, not how many.)
//
// Networks are not kept in a table that a flood of forged prefixes could fill (a full table must
// either lock out newcomers or forget the flooders). Each network has one token bucket in each row
// of a NetworkSketch: a reply is allowed while any of its buckets has a token, and takes one from
// each of them. A network can never get more than its rate (its fullest bucket loses a token with
// every reply), and an honest network is only refused if every one of its buckets is shared with a
// flooder: with 5,000 flooding prefixes, about 1 in 300,000.
//
// There is no cap on replies in all: it could not tell an honest client from a flood spread thin
// over thousands of networks (an earlier "quiet networks skip the global cap" let exactly that
// through), and replies that do not amplify gain a forger nothing. The bytes are what the total
// bounds (AmplificationGuard).
class RateLimiter
{
public:
    RateLimiter() = default;

    // ratePerSecond 0 turns the limiter off; it is clamped to Defaults::RateLimit.max. The burst
    // defaults to twice the rate.
    void setRate(int ratePerSecond, int burst = -1);
    int rate() const { return m_rate; }
    int burst() const { return int(m_burst); }
    bool isEnabled() const { return m_rate > 0; }

    // Takes a token for one reply to the sender; false when it may not be answered now.
    // nowNs: a monotonic clock.
    bool allow(const QHostAddress &sender, qint64 nowNs);
    // Every bucket full again, as if nobody had sent anything.
    void clear();

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedNs = 0;
    };
    void refill(Bucket &bucket, qint64 nowNs) const;

    NetworkSketch m_sketch;
    std::vector<Bucket> m_cells;  // NetworkSketch::Cells, allocated while enabled
    int m_rate = 0;
    double m_burst = 0;
};
