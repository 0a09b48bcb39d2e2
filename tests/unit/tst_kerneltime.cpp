// SPDX-License-Identifier: MIT
// What the server learns from the kernel about each datagram: when it arrived (SO_TIMESTAMPNS on
// the batched path, the read time on the portable one) and where it was sent (IP_PKTINFO /
// IPV6_PKTINFO; QNetworkDatagram's destination on the portable path). Both I/O paths, real sockets.
#include "batchedudp.h"
#include "helloserver.h"
#include "udptestutil.h"

#include <QDateTime>
#include <QtTest>

Q_DECLARE_METATYPE(HelloServer::IoMode)

class TestKernelTime : public QObject
{
    Q_OBJECT

private slots:
    void receiveTimeBeforeHandling_data() { ioModes(); }
    void receiveTimeBeforeHandling();
    void destinationOnWildcard_data();
    void destinationOnWildcard();
    void batchedUdpHasKernelStamps();

private:
    static void ioModes();
};

void TestKernelTime::ioModes()
{
    QTest::addColumn<HelloServer::IoMode>("mode");
    QTest::newRow("portable") << HelloServer::IoMode::Portable;
    if (BatchedUdp::isSupported())
        QTest::newRow("batched") << HelloServer::IoMode::Batched;
}

void TestKernelTime::receiveTimeBeforeHandling()
{
    QFETCH(HelloServer::IoMode, mode);
    HelloServer server;
    server.setIoMode(mode);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    DatagramRecord seen;
    qint64 handledMs = 0;
    // The moment the engine handed the datagram on, taken in the slot as a window would.
    connect(&server, &HelloServer::datagramsReceived, this, [&](const DatagramBatch &batch) {
        handledMs = QDateTime::currentDateTime().toMSecsSinceEpoch();
        seen = batch.constFirst();
    });
    QUdpSocket client;
    QVERIFY(bindClient(client));
    QCOMPARE(client.writeDatagram(QByteArray("Alice"), QHostAddress::LocalHost, server.port()), qint64(5));
    QTRY_VERIFY(handledMs != 0);
    QVERIFY(seen.timeNs != 0);
    QCOMPARE(seen.timeMs, seen.timeNs / 1000000);
    // Compared in whole ms: handledMs is cut to its millisecond, the receive time must be too.
    QVERIFY2(seen.timeMs <= handledMs, qPrintable(QStringLiteral("received %1 ns, handled %2 ms")
                                                      .arg(seen.timeNs).arg(handledMs)));
    QVERIFY2(handledMs * 1000000 - seen.timeNs < 1000000000LL,
             qPrintable(QStringLiteral("received %1 ns, handled %2 ms").arg(seen.timeNs).arg(handledMs)));
}

void TestKernelTime::destinationOnWildcard_data()
{
    QTest::addColumn<HelloServer::IoMode>("mode");
    QTest::addColumn<QHostAddress>("bind");
    QTest::addColumn<QHostAddress>("sendTo");
    const QList<std::pair<const char *, HelloServer::IoMode>> modes{{"portable", HelloServer::IoMode::Portable},
                                                                    {"batched", HelloServer::IoMode::Batched}};
    for (const auto &[name, mode] : modes) {
        if (mode == HelloServer::IoMode::Batched && !BatchedUdp::isSupported())
            continue;
        QTest::addRow("%s 0.0.0.0 <- 127.0.0.1", name)
            << mode << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QHostAddress::LocalHost);
        // Dual stack: an IPv4 datagram's destination comes as v4-mapped IPV6_PKTINFO.
        QTest::addRow("%s :: <- 127.0.0.1", name)
            << mode << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost);
        QTest::addRow("%s :: <- ::1", name)
            << mode << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHostIPv6);
        QTest::addRow("%s ::(v6 only) <- ::1", name)
            << mode << QHostAddress(QHostAddress::AnyIPv6) << QHostAddress(QHostAddress::LocalHostIPv6);
    }
}

void TestKernelTime::destinationOnWildcard()
{
    QFETCH(HelloServer::IoMode, mode);
    QFETCH(QHostAddress, bind);
    QFETCH(QHostAddress, sendTo);
    QUdpSocket client;
    if (!bindClient(client, sendTo))
        QSKIP(qPrintable(QStringLiteral("cannot bind %1 here (no IPv6?)").arg(sendTo.toString())));
    HelloServer server;
    server.setIoMode(mode);
    if (!server.listen(bind, 0))
        QSKIP(qPrintable(QStringLiteral("cannot listen on %1 here: %2").arg(bind.toString(), server.errorString())));
    DatagramBatch got;
    connect(&server, &HelloServer::datagramsReceived, this, [&](const DatagramBatch &batch) { got += batch; });
    QCOMPARE(client.writeDatagram(QByteArray("Bob"), sendTo, server.port()), qint64(3));
    QTRY_COMPARE(got.size(), 1);
    QCOMPARE(got.constFirst().destination, sendTo);
    QCOMPARE(got.constFirst().destinationPort, server.port());
    QVERIFY(got.constFirst().interfaceIndex > 0);  // the loopback interface
    // And the reply still comes back.
    const QNetworkDatagram answer = waitForDatagram(client);
    QCOMPARE(answer.data(), QByteArray("Hello Bob!\n"));
}

void TestKernelTime::batchedUdpHasKernelStamps()
{
    // The engine falls back to the read time when the kernel says nothing; here nothing stands in.
    if (!BatchedUdp::isSupported())
        QSKIP("no batched I/O on this system");
    QUdpSocket bound;
    QVERIFY(bound.bind(QHostAddress::AnyIPv4, 0));
    const quint16 port = bound.localPort();
    // As HelloServer does: only the duplicate stays, so Qt's notifier cannot take the datagram.
    BatchedUdp batched(BatchedUdp::duplicate(bound.socketDescriptor()));
    bound.close();
    QUdpSocket client;
    QVERIFY(bindClient(client));
    const qint64 beforeNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QCOMPARE(client.writeDatagram(QByteArray("x"), QHostAddress::LocalHost, port), qint64(1));
    // Polled by hand: QTRY_* evaluates its expression once more at the end, and receive() consumes.
    int got = 0;
    QDeadlineTimer deadline(5000);
    while ((got = batched.receive()) == 0 && !deadline.hasExpired())
        QTest::qWait(1);
    QCOMPARE(got, 1);
    const qint64 kernelNs = batched.receiveTimeNs(0);
    QVERIFY2(kernelNs >= beforeNs && kernelNs - beforeNs < 1000000000LL,
             qPrintable(QStringLiteral("sent after %1 ns, kernel says %2 ns").arg(beforeNs).arg(kernelNs)));
    int interfaceIndex = 0;
    QCOMPARE(batched.destination(0, &interfaceIndex), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(interfaceIndex > 0);
}

QTEST_GUILESS_MAIN(TestKernelTime)
#include "tst_kerneltime.moc"
