// SPDX-License-Identifier: MIT
// The client's round trip is the network's: a reply that waits in the socket while the program is
// busy (a window painting) is timed from when the kernel received it, not from when it was read.
#include "helloclient.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <atomic>
#include <thread>

class TestClientArrival : public QObject
{
    Q_OBJECT

private slots:
    void busyProgramDoesNotLengthenRoundTrip();
};

void TestClientArrival::busyProgramDoesNotLengthenRoundTrip()
{
#ifndef Q_OS_LINUX
    QSKIP("kernel receive times are read on Linux");
#else
    // A hello server on its own thread, so it answers while this thread is busy.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    timeval wait = {10, 0};  // bounded: the thread ends by itself
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    std::atomic<bool> answered{false};
    // Answers every datagram until "Busy" (bounded in count, and in time by the receive timeout).
    std::thread server([&] {
        for (int i = 0; i < 200; ++i) {
            char buffer[512];
            sockaddr_in from = {};
            socklen_t fromLength = sizeof from;
            const ssize_t got = ::recvfrom(fd, buffer, sizeof buffer - 8, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
            if (got <= 0)
                return;  // the receive timeout, or the shutdown below
            const QByteArray name(buffer, int(got));
            const QByteArray reply = "Hello " + name + "!\n";
            ::sendto(fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from), fromLength);
            if (name == "Busy") {
                answered = true;
                return;
            }
        }
    });
    // Joined on every way out, a failed check included (a joinable thread's destructor aborts).
    struct Joiner {
        std::thread &thread;
        int fd;
        ~Joiner() { ::shutdown(fd, SHUT_RDWR); thread.join(); ::close(fd); }
    } joiner{server, fd};

    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    client.start(QStringLiteral("127.0.0.1"), ntohs(address.sin_port));
    QTRY_COMPARE(client.state(), HelloClient::State::Ready);

    // The kernel turns receive stamps on for the whole system from a work queue (the first socket
    // to ask defers it: net_enable_timestamp), so the first replies after start can arrive unstamped
    // and are timed at the read. Wait, bounded, until a reply that waited 30 ms is timed as the
    // network's: from then on every reply is stamped.
    bool stamped = false;
    int attempt = 0;
    for (; attempt < 100 && !stamped; ++attempt) {
        client.send("Warm");
        QThread::msleep(30);
        QTRY_COMPARE(replies.size(), attempt + 1);
        stamped = replies.last().at(2).toLongLong() < 15000;
    }
    QVERIFY2(stamped, "the kernel never stamped a reply");
    qInfo("receive stamps in effect after %d warm-up replies", attempt);
    replies.clear();

    client.send("Busy");
    // The program is busy for 300 ms, as a window painting a long conversation might be; the
    // reply arrives within a millisecond and waits in the socket.
    QThread::msleep(300);
    QVERIFY(answered);
    QTRY_COMPARE(replies.size(), 1);
    const qint64 roundTripUs = replies.at(0).at(2).toLongLong();
    qInfo("round trip shown: %.3f ms (the program was busy for 300 ms)", roundTripUs / 1000.0);
    QVERIFY2(roundTripUs < 100000, qPrintable(QString::number(roundTripUs)));
    QVERIFY(roundTripUs >= 0);
#endif
}

QTEST_GUILESS_MAIN(TestClientArrival)
#include "tst_clientarrival.moc"
