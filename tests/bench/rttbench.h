// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

class ClientWindow;

// Round trips on an idle loopback, one datagram in flight, in microseconds: a raw socket's ping
// (the floor), the client engine alone (HelloClient), and what the client window shows (its
// conversation's round trip, read from the model the view paints). Issue 15's target: the
// window's within 2 x the engine's.
namespace RttBench {

std::vector<double> rawPing(quint16 port, int count);
std::vector<double> engine(quint16 port, int count);
struct WindowTrips {
    std::vector<double> shown;     // what the conversation says: kernel arrival - send
    std::vector<double> observed;  // send until the model has the reply: what a read time would say
};
// The window must already talk to the server on port (its options say so).
WindowTrips window(ClientWindow &window, int count);

// Runs this thread and every thread of process pid (0: none) on one CPU, the one this thread is
// on: the server then answers when the client waits, as on an idle machine, not whenever the
// scheduler wakes another CPU. Linux only; false elsewhere or on failure.
bool shareOneCpu(qint64 pid);

} // namespace RttBench
