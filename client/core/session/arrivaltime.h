// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// When the kernel received the last datagram read from a socket: the network's time, not the
// program's. A reply can sit in the socket while a window paints; a round trip measured at the
// read would count that painting as network time. Linux stamps each datagram once asked and says
// the last one read (SIOCGSTAMPNS); elsewhere the read time stands in.
namespace ArrivalTime {

// Whether this build reads kernel receive times (Linux): elsewhere a round trip is timed when the
// program reads its reply, which counts the program's own delays as network time.
bool isSupported();
// Asks the kernel to stamp every datagram this socket receives. False where it cannot.
bool enable(qintptr descriptor);
// How long ago (ns, >= 0) the last datagram read from the socket arrived; 0 where unknown.
qint64 ageOfLastRead(qintptr descriptor);

} // namespace ArrivalTime
