// SPDX-License-Identifier: MIT
// ThreadNiceness: the server window's thread yields to its engine's. Raising one thread's
// niceness leaves the others (the engine) as they were.
#include "threadniceness.h"

#include <QtTest>

#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <thread>

namespace {
int niceOf(id_t thread)
{
    errno = 0;
    return ::getpriority(PRIO_PROCESS, thread);
}
id_t thisThread() { return id_t(::syscall(SYS_gettid)); }
} // namespace

class TestThreadNiceness : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheCallingThreadYields()
    {
        const int mainBefore = niceOf(thisThread());
        if (mainBefore > 19 - 3)
            QSKIP("this test already runs at the lowest priority there is");
        int before = 0;
        int after = 0;
        bool yielded = false;
        // A thread of its own: the test's main thread (and its later threads) stays as it was.
        std::thread other([&] {
            before = niceOf(thisThread());
            yielded = ThreadNiceness::yieldToOthers(3);
            after = niceOf(thisThread());
        });
        other.join();
        QVERIFY(yielded);
        QCOMPARE(after, before + 3);
        QCOMPARE(niceOf(thisThread()), mainBefore);
    }
};

QTEST_GUILESS_MAIN(TestThreadNiceness)
#include "tst_threadniceness.moc"
