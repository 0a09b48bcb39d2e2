// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Which socket I/O this build compiles. On Linux: recvmmsg/sendmmsg, the destination address of
// each datagram (IP_PKTINFO), kernel receive times (SO_TIMESTAMPNS, SIOCGSTAMPNS) and the
// socket's drop count (SO_MEMINFO). Elsewhere, and in a build configured with the CMake option
// UDPCHAT_PORTABLE_IO (which builds exactly what another system gets, so that its tests run on
// Linux too), only what QUdpSocket offers. Test it with #if, never #ifdef.
#if defined(Q_OS_LINUX) && !defined(UDPCHAT_PORTABLE_IO)
#define UDPCHAT_LINUX_IO 1
#else
#define UDPCHAT_LINUX_IO 0
#endif
