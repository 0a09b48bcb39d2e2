// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// A closed-loop UDP load generator on loopback: K client sockets keep W requests in flight in
// all, for a bounded time and count. Payloads carry a sequence number and the send time, so each
// reply ("Hello <payload>!\n") is matched exactly and timed without a lookup table of times.
// Linux: sendmmsg / recvmmsg, so the generator is not the bottleneck; plain calls elsewhere.
struct LoadSpec
{
    uint16_t port = 6000;
    int clients = 1;         // K sockets
    int window = 64;         // W requests in flight, over all sockets
    int payload = 16;        // bytes a request (at least 16)
    double seconds = 2.0;    // stop sending after this long...
    int64_t maxCount = 0;    // ...or after this many requests (0: no limit)
    int lossTimeoutMs = 200; // a request without reply for this long is counted lost
};

struct LoadResult
{
    int64_t sent = 0;
    int64_t replies = 0;
    int64_t lost = 0;
    int64_t unexpected = 0;  // replies that match nothing outstanding (late or malformed)
    double seconds = 0;
    double repliesPerSecond = 0;
    double p50Us = 0;
    double p99Us = 0;
    double p999Us = 0;  // p99.9: one request in a thousand waits this long
    double maxUs = 0;
};

LoadResult runLoad(const LoadSpec &spec);
