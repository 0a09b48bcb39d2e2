// SPDX-License-Identifier: MIT
// --recv-buffer and what the system drops: a burst into a small receive buffer overflows it, and
// every datagram sent is then either received or counted as dropped by the system, exactly, in
// the engine (both read paths) and in the real headless binary's exit summary.
#include "headlessserver.h"
#include "helloserver.h"
#include "socketdrops.h"
#include "udptestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {
constexpr int Burst = 2000;
// The smallest buffer worth asking for: the system grants twice that, a handful of datagrams.
constexpr int SmallBuffer = 4096;

// Sends count datagrams as fast as the socket takes them; returns how many went out whole.
int sendBurst(QUdpSocket &socket, quint16 port, int count)
{
    int sent = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray payload = "burst " + QByteArray::number(i);
        if (socket.writeDatagram(payload, QHostAddress::LocalHost, port) == payload.size())
            ++sent;
    }
    return sent;
}

// Sends payload every 100 ms until its hello reply comes back (at most ~10 s); returns the
// number of copies sent (each one is received or dropped), 0 if no reply came.
int sendUntilAnswered(QUdpSocket &socket, quint16 port, const QByteArray &payload)
{
    const QByteArray expected = "Hello " + payload + "!\n";
    for (int copies = 1; copies <= 100; ++copies) {
        socket.writeDatagram(payload, QHostAddress::LocalHost, port);
        QDeadlineTimer wait(100);
        while (!wait.hasExpired()) {
            socket.waitForReadyRead(int(qMax<qint64>(1, wait.remainingTime())));
            while (socket.hasPendingDatagrams()) {
                if (socket.receiveDatagram().data() == expected)
                    return copies;
            }
        }
    }
    return 0;
}
} // namespace

class TestRecvBuffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void burstIsReceivedOrDropped_data();
    void burstIsReceivedOrDropped();
    void headlessSummaryAddsUp();
};

void TestRecvBuffer::initTestCase()
{
    if (!SocketDrops::isSupported())
        QSKIP("this system does not count a socket's drops");
}

void TestRecvBuffer::burstIsReceivedOrDropped_data()
{
    QTest::addColumn<HelloServer::IoMode>("mode");
    QTest::newRow("portable") << HelloServer::IoMode::Portable;
    QTest::newRow("batched") << HelloServer::IoMode::Batched;
}

void TestRecvBuffer::burstIsReceivedOrDropped()
{
    QFETCH(HelloServer::IoMode, mode);
    HelloServer server;
    server.setIoMode(mode);
    server.setWantedReceiveBuffer(SmallBuffer);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    // Linux doubles what is asked (and has a floor of its own): small, whatever the exact figure.
    QVERIFY2(server.receiveBufferSize() >= SmallBuffer && server.receiveBufferSize() <= 4 * SmallBuffer,
             qPrintable(QString::number(server.receiveBufferSize())));
    QCOMPARE(server.counters().droppedBySystem, 0u);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    // The event loop has not run: the server reads nothing while the burst goes out.
    QCOMPARE(sendBurst(client, server.port(), Burst), Burst);
    QTRY_COMPARE_WITH_TIMEOUT(server.counters().received + server.counters().droppedBySystem, quint64(Burst), 10000);
    const HelloServer::Counters counters = server.counters();
    QVERIFY2(counters.droppedBySystem > 0, "the small buffer should have overflowed");
    QVERIFY(counters.received > 0);
    QCOMPARE(counters.answered, counters.received);
    qInfo("buffer %d bytes granted: %llu received, %llu dropped by the system", server.receiveBufferSize(),
          counters.received, counters.droppedBySystem);
    // The kernel's count goes with its socket: the server keeps it past close().
    server.close();
    QCOMPARE(server.counters().droppedBySystem, counters.droppedBySystem);
}

void TestRecvBuffer::headlessSummaryAddsUp()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGSTOP and SIGTERM are Unix");
#else
    QProcess server;
    const quint16 port = startHeadlessServer(server, QStringLiteral(UDPCHAT_SERVER_BIN),
                                             {QStringLiteral("--recv-buffer"), QString::number(SmallBuffer)});
    // Not QVERIFY2 with readAllStandardError(): its message is evaluated every time, and would
    // swallow the line checked below.
    QVERIFY(port != 0);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    int sent = sendUntilAnswered(client, port, "ready");
    QVERIFY(sent > 0);
    // The server's event loop stopped for good: nothing is read while the burst goes out.
    QCOMPARE(::kill(pid_t(server.processId()), SIGSTOP), 0);
    sent += sendBurst(client, port, Burst);
    QCOMPARE(::kill(pid_t(server.processId()), SIGCONT), 0);
    // A reply to a probe sent after the burst: everything before it has been read or dropped.
    const int probes = sendUntilAnswered(client, port, "probe");
    QVERIFY(probes > 0);
    sent += probes;
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
    const QString errors = QString::fromLocal8Bit(server.readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("Receive buffer: %1 bytes asked").arg(SmallBuffer)), qPrintable(errors));
    const QRegularExpressionMatch summary = QRegularExpression(
        QStringLiteral("^received (\\d+), answered (\\d+), dropped by the system: (\\d+)$"),
        QRegularExpression::MultilineOption).match(errors);
    QVERIFY2(summary.hasMatch(), qPrintable(errors));
    const qint64 received = summary.captured(1).toLongLong();
    const qint64 dropped = summary.captured(3).toLongLong();
    QCOMPARE(received + dropped, qint64(sent));
    QVERIFY2(dropped > 0, qPrintable(errors));
    QCOMPARE(summary.captured(2).toLongLong(), received);
    // Every datagram it counted as received, it printed.
    QCOMPARE(server.readAllStandardOutput().count("Receive from 127.0.0.1:"), received);
    qInfo("headless: %d sent, %lld received, %lld dropped by the system", sent, received, dropped);
#endif
}

QTEST_GUILESS_MAIN(TestRecvBuffer)
#include "tst_receivebuffer.moc"
