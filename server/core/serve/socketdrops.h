// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// What the system discarded for a socket because its receive buffer was full: the datagrams a
// program never saw, so that sent = received + dropped can be checked. Linux keeps the count per
// socket (SO_MEMINFO's SK_MEMINFO_DROPS), readable at any time; SO_RXQ_OVFL only says it on the
// next datagram, so a burst followed by silence would go unreported.
namespace SocketDrops {

// Whether this system can say (Linux 4.12 and later).
bool isSupported();
// The socket's count since it was opened; -1 when the system cannot say. The kernel keeps 32 bits.
qint64 read(qintptr descriptor);

} // namespace SocketDrops
