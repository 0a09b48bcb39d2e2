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
// The window must already talk to the server on port (its options say so).
std::vector<double> window(ClientWindow &window, int count);

} // namespace RttBench
