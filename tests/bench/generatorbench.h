// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// udpchat's own traffic generator (TrafficRun, as `udpchat-client --console --message ... --rate`
// runs it) against a server, to set beside the benchmark's load generator.
struct GeneratorResult
{
    quint64 sent = 0;
    quint64 answered = 0;
    quint64 lost = 0;
    double seconds = 0;
    double answeredPerSecond = 0;
    double p50Us = 0;
    bool batched = false;  // sendmmsg / recvmmsg
};

// Sends "bench {seq}" to 127.0.0.1:port at this rate (datagrams/s) for this long, then stops.
GeneratorResult runTrafficRun(quint16 port, double rate, double seconds);
