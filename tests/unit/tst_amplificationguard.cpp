// SPDX-License-Identifier: MIT
// The reflection guard's byte half: never more than 3x out what came in, per network and in total,
// on the wire; hello and echo never held back.
#include "amplificationguard.h"
#include "datagramlogmodel.h"
#include "forgedsources.h"
#include "helloserver.h"
#include "protocol.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtTest>

class TestAmplificationGuard : public QObject
{
    Q_OBJECT

private slots:
    void offAllowsAll();
    void wireSizes();
    void helloAndEchoNeverHeldBack_data();
    void helloAndEchoNeverHeldBack();
    void longReplyToShortRequestsWaitsForCredit();
    void neverMoreThanThreeTimesPerNetwork();
    void savedCreditIsBounded();
    void thinWideTextFloodOverSockets();
    void honestTextClientStillAnswered();
};

void TestAmplificationGuard::offAllowsAll()
{
    AmplificationGuard guard;
    QVERIFY(!guard.isEnabled());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(guard.allowReply(QHostAddress(QStringLiteral("192.0.2.1")), 65000));
    QCOMPARE(guard.wireBytesOut(), quint64(0));
}

void TestAmplificationGuard::wireSizes()
{
    QCOMPARE(AmplificationGuard::onWire(QHostAddress(QStringLiteral("192.0.2.1")), 0), qint64(28));
    QCOMPARE(AmplificationGuard::onWire(QHostAddress(QStringLiteral("::ffff:192.0.2.1")), 5), qint64(33));
    QCOMPARE(AmplificationGuard::onWire(QHostAddress(QStringLiteral("2001:db8::1")), 5), qint64(53));
}

void TestAmplificationGuard::helloAndEchoNeverHeldBack_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("extra");  // reply bytes beyond the request's
    QTest::newRow("hello v4") << "192.0.2.7" << int(Protocol::HelloOverhead);
    QTest::newRow("hello v6") << "2001:db8::7" << int(Protocol::HelloOverhead);
    QTest::newRow("echo v4") << "192.0.2.7" << 0;
}

void TestAmplificationGuard::helloAndEchoNeverHeldBack()
{
    QFETCH(QString, sender);
    QFETCH(int, extra);
    AmplificationGuard guard;
    guard.setEnabled(true);
    const QHostAddress from(sender);
    // Sizes from empty to the largest, each from a network that never sent before and again.
    for (qint64 size : {0, 1, 5, 100, 1400, 65000, int(Protocol::MaxNameSize)}) {
        for (int i = 0; i < 50; ++i) {
            guard.received(from, size);
            QVERIFY2(guard.allowReply(from, size + extra), qPrintable(QString::number(size)));
        }
    }
    QVERIFY(guard.wireBytesOut() <= 3 * guard.wireBytesIn());
}

void TestAmplificationGuard::longReplyToShortRequestsWaitsForCredit()
{
    AmplificationGuard guard;
    guard.setEnabled(true);
    const QHostAddress from(QStringLiteral("198.51.100.9"));
    // 1-byte requests (29 bytes on the wire, 87 of credit), 65,000-byte replies (65,028 on the wire):
    // the first reply is covered after 748 requests, and one in every 748 after it.
    int allowed = 0;
    int firstAt = -1;
    for (int i = 1; i <= 3000; ++i) {
        guard.received(from, 1);
        if (guard.allowReply(from, 65000)) {
            ++allowed;
            if (firstAt < 0)
                firstAt = i;
        }
    }
    QCOMPARE(firstAt, 748);
    QCOMPARE(allowed, 4);
    QCOMPARE(guard.wireBytesIn(), quint64(3000 * 29));
    QCOMPARE(guard.wireBytesOut(), quint64(4 * 65028));
    QVERIFY(guard.wireBytesOut() <= 3 * guard.wireBytesIn());
}

void TestAmplificationGuard::neverMoreThanThreeTimesPerNetwork()
{
    // Many networks at once, each sending short requests for long replies: what each got stays
    // within 3x what it sent, whatever the others do to the cells it shares.
    AmplificationGuard guard;
    guard.setEnabled(true);
    constexpr int Networks = 3000;
    std::vector<qint64> in(Networks), out(Networks);
    for (int round = 0; round < 400; ++round) {
        for (int n = 0; n < Networks; ++n) {
            const QHostAddress from(quint32((10u << 24) | (quint32(n) << 8) | 1));
            const qint64 request = 1 + (n * 7 + round) % 300;
            guard.received(from, request);
            in[size_t(n)] += request + 28;
            if (guard.allowReply(from, 5000))
                out[size_t(n)] += 5028;
        }
    }
    for (int n = 0; n < Networks; ++n)
        QVERIFY2(out[size_t(n)] <= 3 * in[size_t(n)], qPrintable(QString::number(n)));
    QVERIFY(guard.wireBytesOut() <= 3 * guard.wireBytesIn());
    QVERIFY(guard.wireBytesOut() > 0);  // they were answered when they had sent enough
}

void TestAmplificationGuard::savedCreditIsBounded()
{
    // A long honest hello exchange saves credit; a forger using that network's address afterwards
    // gets at most one cell's cap of long replies, not everything saved.
    AmplificationGuard guard;
    guard.setEnabled(true);
    const QHostAddress network(QStringLiteral("203.0.113.4"));
    for (int i = 0; i < 100000; ++i) {
        guard.received(network, 1000);
        QVERIFY(guard.allowReply(network, 1000 + Protocol::HelloOverhead));
    }
    qint64 burst = 0;
    for (int i = 0; i < 1000; ++i) {
        guard.received(network, 0);
        if (guard.allowReply(network, 65000))
            burst += 65028;
    }
    QVERIFY2(burst <= AmplificationGuard::CreditCap + 1000 * 3 * 28, qPrintable(QString::number(burst)));
}

// The attack over real sockets: a 65,000-byte text reply with {payload}, asked by 50,000
// one-byte requests from 2,000 forged /24 networks. The auto limit is on (a text reply can amplify)
// even on loopback. Counted on the wire, the server may send at most 3x what the flood brought.
void TestAmplificationGuard::thinWideTextFloodOverSockets()
{
#ifndef Q_OS_LINUX
    QSKIP("forging loopback sources uses IP_PKTINFO (Linux)");
#else
    constexpr int Networks = 2000;
    constexpr int Rounds = 25;
    HelloServer server;
    qint64 nowNs = 0;
    server.setClock([&nowNs] { return nowNs; });
    QString error;
    server.setReplyMode(ReplyMode::create(QStringLiteral("text"), QString(65000, QLatin1Char('x')) + QStringLiteral("{payload}"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    QVERIFY(server.effectiveRateLimit() > 0);  // auto: on, since the reply can amplify
    DatagramLogModel log;
    connect(&server, &HelloServer::datagramsReceived, &log, &DatagramLogModel::append);
    const int fd = forgingSocket();
    QVERIFY(fd >= 0);
    std::vector<quint32> sources;
    for (quint32 i = 0; i < Networks; ++i)
        sources.push_back(forgedSource(i));
    quint64 expected = 0;
    QElapsedTimer wall;
    wall.start();
    // In chunks a stock receive buffer holds (net.core.rmem_max 212992 grants ~416 KiB: ~500
    // small datagrams), each read before the next is sent: nothing is dropped on the way.
    constexpr int Chunk = 200;
    for (int round = 0; round < Rounds && wall.elapsed() < 60000; ++round) {
        for (int first = 0; first < Networks; first += Chunk) {
            sendFromSources(fd, std::vector<quint32>(sources.begin() + first, sources.begin() + first + Chunk),
                            server.port(), "a");
            expected += Chunk;
            QTRY_VERIFY_WITH_TIMEOUT(server.counters().received >= expected, 20000);
        }
        nowNs += 40 * 1000000LL;  // 25 rounds a second: within the replies/s limit, so bytes decide
    }
    ::close(fd);
    const HelloServer::Counters c = server.counters();
    QCOMPARE(c.received, expected);
    const quint64 wireIn = c.bytesIn + 28 * c.received;
    const quint64 wireOut = c.bytesOut + 28 * c.answered;
    qInfo("%llu requests (%llu bytes on the wire), %llu answered (%llu bytes), %llu held back, %llu rate-limited",
          c.received, wireIn, c.answered, wireOut, c.heldBack, c.rateLimited);
    QVERIFY2(wireOut <= 3 * wireIn, "the flood was amplified");
    QVERIFY(c.heldBack > 0);
    // The log says why.
    QTRY_VERIFY(log.rowCount() > 0);
    bool said = false;
    for (int row = 0; row < log.rowCount() && !said; ++row)
        said = log.index(row, DatagramLogModel::ReplyColumn).data().toString() == QStringLiteral("held back: would amplify");
    QVERIFY(said);
#endif
}

void TestAmplificationGuard::honestTextClientStillAnswered()
{
    // A text reply no longer than 3x what it answers is never held back, on a limited server.
    HelloServer server;
    QString error;
    server.setReplyMode(ReplyMode::create(QStringLiteral("text"), QStringLiteral("ACK {payload} {payload}"), &error));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    server.setRateLimit(1000000);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    // Each answered record also says when its reply left: after it came (the capture's reply time).
    int stamped = 0;
    connect(&server, &HelloServer::datagramsReceived, this, [&stamped](const DatagramBatch &batch) {
        for (const DatagramRecord &r : batch)
            stamped += r.answered() && r.replyTimeNs != 0 && r.replyTimeNs >= r.timeInNs();
    });
    for (int i = 0; i < 20; ++i) {
        client.writeDatagram("ping", QHostAddress::LocalHost, server.port());
        QTRY_VERIFY(client.hasPendingDatagrams());
        QCOMPARE(client.receiveDatagram().data(), QByteArray("ACK ping ping"));
    }
    QCOMPARE(server.counters().heldBack, quint64(0));
    QCOMPARE(stamped, 20);
}

QTEST_GUILESS_MAIN(TestAmplificationGuard)
#include "tst_amplificationguard.moc"
