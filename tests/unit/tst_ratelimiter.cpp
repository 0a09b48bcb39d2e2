// SPDX-License-Identifier: MIT
#include "defaults.h"
#include "helloserver.h"
#include "ratelimiter.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtTest>

#include "forgedsources.h"

#include <limits>
#include <vector>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void offAllowsAll();
    void burstThenRate();
    void sharedPerNetwork_data();
    void sharedPerNetwork();
    void hugeRateDoesNotOverflow();
    void manyPrefixFloodKeepsHonestClient();
    void floodedPrefixStaysWithinItsRate();
    void forgedFloodOverSockets();
};

static constexpr qint64 Second = 1000000000;

void TestRateLimiter::offAllowsAll()
{
    RateLimiter limiter;
    QVERIFY(!limiter.isEnabled());
    for (int i = 0; i < 10000; ++i)
        QVERIFY(limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 0));
}

void TestRateLimiter::burstThenRate()
{
    RateLimiter limiter;
    limiter.setRate(50);
    QCOMPARE(limiter.burst(), 100);
    const QHostAddress sender(QStringLiteral("198.51.100.7"));
    int allowed = 0;
    for (int i = 0; i < 1000; ++i)
        allowed += limiter.allow(sender, 0);
    QCOMPARE(allowed, 100);  // the burst
    // Then 50 a second: over 2 s of 1,000 attempts a second, 100 more.
    allowed = 0;
    for (int ms = 1; ms <= 2000; ++ms)
        allowed += limiter.allow(sender, ms * Second / 1000);
    QCOMPARE(allowed, 100);
    // Idle for long: back to a full burst, never more.
    allowed = 0;
    for (int i = 0; i < 1000; ++i)
        allowed += limiter.allow(sender, 100 * Second);
    QCOMPARE(allowed, 100);
}

void TestRateLimiter::sharedPerNetwork_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("shared");
    QTest::newRow("same /24") << "203.0.113.1" << "203.0.113.254" << true;
    QTest::newRow("other /24") << "203.0.113.1" << "203.0.114.1" << false;
    QTest::newRow("v4-mapped is v4") << "::ffff:203.0.113.9" << "203.0.113.10" << true;
    QTest::newRow("same /56") << "2001:db8:0:100::1" << "2001:db8:0:1ff:ffff::2" << true;
    QTest::newRow("other /56") << "2001:db8:0:100::1" << "2001:db8:0:200::1" << false;
}

void TestRateLimiter::sharedPerNetwork()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, shared);
    RateLimiter limiter;
    limiter.setRate(5, 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.allow(QHostAddress(first), 0));
    QVERIFY(!limiter.allow(QHostAddress(first), 0));
    QCOMPARE(limiter.allow(QHostAddress(second), 0), !shared);
    QCOMPARE(NetworkSketch::networkKey(QHostAddress(first)) == NetworkSketch::networkKey(QHostAddress(second)), shared);
}

void TestRateLimiter::hugeRateDoesNotOverflow()
{
    // Twice 2^30 overflowed an int burst into a negative number: everything was refused.
    RateLimiter limiter;
    limiter.setRate(1 << 30);
    QCOMPARE(limiter.rate(), Defaults::RateLimit.max);
    QVERIFY(limiter.burst() > 0);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 0));
    limiter.setRate(std::numeric_limits<int>::max());
    QVERIFY(limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 0));
}

// Forged senders from 5,000 /24 networks, each far over the limit, for a minute of an injected
// clock; an honest client on a network of its own sends once a second throughout.
void TestRateLimiter::manyPrefixFloodKeepsHonestClient()
{
    constexpr int Prefixes = 5000;
    constexpr int FloodPerPrefixPerSecond = 20;  // twice the limit
    constexpr int Seconds = 60;
    RateLimiter limiter;
    limiter.setRate(10);
    const QHostAddress honest(QStringLiteral("198.51.100.7"));
    std::vector<QHostAddress> forged;
    for (quint32 i = 0; i < Prefixes; ++i)
        forged.emplace_back((quint32(10) << 24) | (i << 8) | 1);  // 10.0.0.1, 10.0.1.1, ...
    int answered = 0;
    quint64 floodAllowed = 0;
    constexpr int Ticks = FloodPerPrefixPerSecond;  // one round of the flood per tick
    for (int second = 0; second < Seconds; ++second) {
        for (int tick = 0; tick < Ticks; ++tick) {
            const qint64 now = (qint64(second) * Ticks + tick) * (Second / Ticks);
            for (const QHostAddress &address : forged)
                floodAllowed += limiter.allow(address, now);
            if (tick == Ticks / 2)
                answered += limiter.allow(honest, now);
        }
    }
    qInfo("honest client answered %d of %d; the flood got %llu replies (%.1f per network per second)",
          answered, Seconds, floodAllowed, double(floodAllowed) / Prefixes / Seconds);
    QVERIFY2(answered >= Seconds * 9 / 10, "the honest client was locked out");
    // The flood got no more than the limit allows each network: its burst plus 10 a second.
    QVERIFY(floodAllowed <= quint64(Prefixes) * (20 + 10 * Seconds));
}

void TestRateLimiter::floodedPrefixStaysWithinItsRate()
{
    // Whatever else is going on, one network gets at most its burst plus its rate.
    RateLimiter limiter;
    limiter.setRate(10);
    const QHostAddress flooder(QStringLiteral("203.0.113.5"));
    int allowed = 0;
    for (int ms = 0; ms < 10000; ++ms) {
        for (quint32 other = 0; other < 50; ++other)  // neighbours sharing some of its buckets
            limiter.allow(QHostAddress((quint32(100) << 24) | ((quint32(ms) * 50 + other) << 8)), ms * Second / 1000);
        allowed += limiter.allow(flooder, ms * Second / 1000);
    }
    QVERIFY2(allowed <= 20 + 10 * 10, qPrintable(QString::number(allowed)));
    QVERIFY(allowed >= 90);
}


// The same over real sockets: 5,000 forged /24 networks in 127/8 (all of it is loopback) flood a
// server limited to 5 replies/s, four times over their limit, while an honest client from
// 127.0.0.1 sends within its limit. The server runs on a clock of the test's own, advanced 50 ms per round
// of the flood once the server has read that round: the test never races the wall clock.
void TestRateLimiter::forgedFloodOverSockets()
{
#ifndef Q_OS_LINUX
    QSKIP("forging loopback sources uses IP_PKTINFO (Linux)");
#else
    constexpr int Prefixes = 5000;
    constexpr int Rounds = 40;          // 2 s of the injected clock
    constexpr int HonestEvery = 4;      // rounds: 5 a second
    qint64 nowNs = 0;
    HelloServer server;
    server.setClock([&nowNs] { return nowNs; });
    server.setKeepPayloads(false);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    server.setRateLimit(5);
    const int fd = forgingSocket();
    QVERIFY(fd >= 0);
    std::vector<quint32> sources;
    for (quint32 i = 0; i < Prefixes; ++i)
        sources.push_back(forgedSource(i));
    QUdpSocket honest;
    QVERIFY(honest.bind(QHostAddress::LocalHost, 0));
    int honestSent = 0;
    int honestAnswered = 0;
    quint64 expected = 0;
    QElapsedTimer wall;
    wall.start();
    for (int round = 0; round < Rounds && wall.elapsed() < 60000; ++round) {
        // In chunks a stock receive buffer holds (net.core.rmem_max 212992: ~500 small datagrams).
        constexpr int Chunk = 250;
        for (int first = 0; first < Prefixes; first += Chunk) {
            const auto from = sources.begin() + first;
            sendFromSources(fd, std::vector<quint32>(from, from + Chunk), server.port(), "forged");
            expected += Chunk;
            QTRY_VERIFY_WITH_TIMEOUT(server.counters().received >= expected, 20000);
        }
        if (round % HonestEvery == 0) {
            honest.writeDatagram("honest", QHostAddress::LocalHost, server.port());
            ++honestSent;
            ++expected;
            QTRY_VERIFY_WITH_TIMEOUT(server.counters().received >= expected, 20000);
            if (honest.waitForReadyRead(200)) {
                while (honest.hasPendingDatagrams())
                    honestAnswered += honest.receiveDatagram().data() == "Hello honest!\n";
            }
        }
        nowNs += 50 * 1000000LL;
    }
    ::close(fd);
    const auto c = server.counters();
    qInfo("honest client answered %d of %d; %llu datagrams, %llu rate-limited", honestAnswered, honestSent,
          c.received, c.rateLimited);
    QCOMPARE(c.received, expected);  // nothing lost on the way: the count above is the server's
    QVERIFY(c.rateLimited > c.received / 3);  // the flood really was over its limit (burst 10 + 5/s)
    QVERIFY2(honestAnswered * 10 >= honestSent * 9, "the honest client was locked out");
#endif
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
