// SPDX-License-Identifier: MIT
// The client's round trip is the network's: a reply that waits in the socket while the program is
// busy (a window painting) is timed from when the kernel received it, not from when it was read;
// for a conversation (HelloClient) and for a traffic run (TrafficRun, on the batched path on Linux).
#include "helloclient.h"
#include "platformio.h"
#include "trafficrun.h"

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
    void busyProgramDoesNotLengthenRunRoundTrip();
};

namespace {
// A hello server on its own thread, so it answers while the test's thread is busy; it ends at
// "Busy", after 200 datagrams, after 10 s without one, or when destroyed (joined on every way out).
class ThreadHelloServer
{
public:
    ThreadHelloServer()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        timeval wait = {10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
        m_thread = std::thread([this] { serve(); });
    }
    ~ThreadHelloServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }  // 0 if it could not bind
    bool answeredBusy() const { return m_answered; }

private:
    void serve()
    {
        for (int i = 0; i < 200; ++i) {
            char buffer[512];
            sockaddr_in from = {};
            socklen_t fromLength = sizeof from;
            const ssize_t got = ::recvfrom(m_fd, buffer, sizeof buffer - 8, 0, reinterpret_cast<sockaddr *>(&from), &fromLength);
            if (got <= 0)
                return;  // the receive timeout, or the shutdown
            const QByteArray name(buffer, int(got));
            const QByteArray reply = "Hello " + name + "!\n";
            ::sendto(m_fd, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr *>(&from), fromLength);
            if (name == "Busy") {
                m_answered = true;
                return;
            }
        }
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_answered{false};
    std::thread m_thread;
};
} // namespace

void TestClientArrival::busyProgramDoesNotLengthenRoundTrip()
{
#if !UDPCHAT_LINUX_IO
    QSKIP("kernel receive times are read on Linux (not in a UDPCHAT_PORTABLE_IO build)");
#else
    ThreadHelloServer server;
    QVERIFY(server.port() != 0);
    HelloClient client;
    QSignalSpy replies(&client, &HelloClient::replyReceived);
    client.start(QStringLiteral("127.0.0.1"), server.port());
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
    // Still busy (no events processed) until the server thread has answered, however late a
    // loaded machine schedules it: the reply then waits in the socket, as it should for this test.
    for (int i = 0; i < 5000 && !server.answeredBusy(); ++i)
        QThread::msleep(1);
    QVERIFY(server.answeredBusy());
    QTRY_COMPARE(replies.size(), 1);
    const qint64 roundTripUs = replies.at(0).at(2).toLongLong();
    qInfo("round trip shown: %.3f ms (the program was busy for 300 ms)", roundTripUs / 1000.0);
    QVERIFY2(roundTripUs < 100000, qPrintable(QString::number(roundTripUs)));
    QVERIFY2(roundTripUs > 0, qPrintable(QString::number(roundTripUs)));  // a real round trip takes time
#endif
}

void TestClientArrival::busyProgramDoesNotLengthenRunRoundTrip()
{
#if !UDPCHAT_LINUX_IO
    QSKIP("kernel receive times are read on Linux (not in a UDPCHAT_PORTABLE_IO build)");
#else
    ThreadHelloServer server;
    QVERIFY(server.port() != 0);

    // Each run sends one datagram and the program is then busy for a while (inside the send's
    // signal, before any reply can be read): 30 ms while the kernel turns its stamps on, 300 ms
    // for the run that counts.
    TrafficRun run;
    int busyMs = 30;
    QObject::connect(&run, &TrafficRun::datagramSent, [&busyMs] { QThread::msleep(busyMs); });
    QSignalSpy replies(&run, &TrafficRun::replyReceived);
    const auto oneRun = [&](const QByteArray &message) {
        TrafficRun::Settings settings;
        settings.port = server.port();
        settings.message = message;
        settings.count = 1;
        replies.clear();
        run.start(settings);
        return QTest::qWaitFor([&] { return !run.isRunning(); }, 5000) && replies.size() == 1;
    };
    bool stamped = false;
    int attempt = 0;
    for (; attempt < 100 && !stamped; ++attempt) {
        QVERIFY(oneRun("Warm"));
        stamped = replies.last().at(2).toLongLong() < 15 * 1000 * 1000;
    }
    QVERIFY2(stamped, "the kernel never stamped a reply");
    busyMs = 300;
    QVERIFY(oneRun("Busy"));
    const qint64 roundTripNs = replies.at(0).at(2).toLongLong();
    qInfo("run round trip: %.3f ms (the program was busy for 300 ms)", roundTripNs / 1e6);
    QVERIFY2(roundTripNs >= 0 && roundTripNs < 100 * 1000 * 1000, qPrintable(QString::number(roundTripNs)));
#endif
}

QTEST_GUILESS_MAIN(TestClientArrival)
#include "tst_clientarrival.moc"
