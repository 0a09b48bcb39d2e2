// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// An open-loop flood paced at a fixed rate, from one sender or from ever-new senders forged in
// 127/8 (IP_PKTINFO picks each datagram's source on one socket; every 127/8 address is this
// host's, so the replies come back to that socket), while a probe on a socket of its own sends
// one request every few ms and times its round trip: how long the server keeps a user waiting
// while it is flooded. Bounded in count and time. Linux only (IP_PKTINFO, sendmmsg).
struct FloodSpec
{
    uint16_t port = 6000;
    int64_t count = 200000;     // datagrams in the flood
    int rate = 50000;           // datagrams a second, sent in batches every BatchIntervalUs
    bool distinct = false;      // every datagram from a sender of its own, else all from one
    int probeIntervalMs = 10;   // a probe this long after the previous one was answered or lost
    int probeTimeoutMs = 1000;  // a probe unanswered for this long is lost
    double maxSeconds = 60;     // the whole flood, whatever happens
};

struct FloodResult
{
    bool ok = false;            // false: the sockets could not be set up (see error)
    const char *error = "";
    int64_t sent = 0;
    int64_t answered = 0;       // replies to the flood that came back
    double seconds = 0;         // from the first flood datagram to the last sent
    int probes = 0;
    int probesLost = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

bool floodIsSupported();
FloodResult runFlood(const FloodSpec &spec);
