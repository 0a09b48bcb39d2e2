// SPDX-License-Identifier: MIT
#include "arrivaltime.h"
#include "platformio.h"

#if UDPCHAT_LINUX_IO
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <cerrno>
#include <ctime>
#endif

namespace ArrivalTime {

bool isSupported() { return UDPCHAT_LINUX_IO != 0; }

#if UDPCHAT_LINUX_IO
bool enable(qintptr descriptor)
{
    // The first SIOCGSTAMPNS turns stamping on (and finds no stamp yet): from then on every read
    // leaves its datagram's arrival time for the next SIOCGSTAMPNS. Not SO_TIMESTAMPNS: with it the
    // kernel sends the time as a control message (which Qt's read drops) and leaves none behind.
    timespec stamp = {};
    return ::ioctl(int(descriptor), SIOCGSTAMPNS, &stamp) == 0 || errno == ENOENT;
}

qint64 ageOfLastRead(qintptr descriptor)
{
    timespec stamp = {};
    if (::ioctl(int(descriptor), SIOCGSTAMPNS, &stamp) != 0)
        return 0;
    timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 age = (qint64(now.tv_sec) - stamp.tv_sec) * 1000000000LL + (now.tv_nsec - stamp.tv_nsec);
    // A clock stepped backwards, or a stamp from before: no better than the read time.
    return age > 0 && age < 60LL * 1000000000LL ? age : 0;
}
#else
bool enable(qintptr) { return false; }
qint64 ageOfLastRead(qintptr) { return 0; }
#endif

} // namespace ArrivalTime
