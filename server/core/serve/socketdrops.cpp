// SPDX-License-Identifier: MIT
#include "socketdrops.h"
#include "platformio.h"

#if UDPCHAT_LINUX_IO
#include <linux/sock_diag.h>
#include <sys/socket.h>

#include <cstdint>

#ifndef SO_MEMINFO
#define SO_MEMINFO 55  // older C library headers than the kernel's
#endif

namespace SocketDrops {

bool isSupported() { return true; }

qint64 read(qintptr descriptor)
{
    if (descriptor < 0)
        return -1;
    uint32_t info[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof info;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_MEMINFO, info, &length) != 0
        || length < socklen_t((SK_MEMINFO_DROPS + 1) * sizeof(uint32_t)))
        return -1;
    return qint64(info[SK_MEMINFO_DROPS]);
}

} // namespace SocketDrops

#else

namespace SocketDrops {
bool isSupported() { return false; }
qint64 read(qintptr) { return -1; }
} // namespace SocketDrops

#endif
