// SPDX-License-Identifier: MIT
#include "threadniceness.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ThreadNiceness {

bool yieldToOthers(int steps)
{
#if defined(__linux__)
    // PRIO_PROCESS with a thread id is that thread alone on Linux (not POSIX: elsewhere it would
    // be the whole process, the engine included, which is why this is Linux only).
    const auto thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, thread);
    if (now == -1 && errno != 0)
        return false;
    return ::setpriority(PRIO_PROCESS, thread, now + steps) == 0;
#else
    (void)steps;
    return false;
#endif
}

} // namespace ThreadNiceness
