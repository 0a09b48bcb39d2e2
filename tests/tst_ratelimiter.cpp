#include "ratelimiter.h"

#include <QtTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void offAllowsAll();
    void burstThenRate();
    void sharedPerNetwork_data();
    void sharedPerNetwork();
    void tableIsBounded();
};

static constexpr qint64 Second = 1000000000;

void TestRateLimiter::offAllowsAll()
{
    RateLimiter limiter;
    QVERIFY(!limiter.isEnabled());
    for (int i = 0; i < 10000; ++i)
        QVERIFY(limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 0));
    QCOMPARE(limiter.trackedSources(), 0);
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
    QCOMPARE(RateLimiter::networkKey(QHostAddress(first)) == RateLimiter::networkKey(QHostAddress(second)), shared);
}

void TestRateLimiter::tableIsBounded()
{
    RateLimiter limiter;
    limiter.setRate(1, 1);
    // Forged senders from more networks than the table holds, all at one instant.
    for (quint32 i = 0; i < quint32(RateLimiter::MaxSources) + 100; ++i)
        limiter.allow(QHostAddress((quint32(10) << 24) | (i << 8)), 0);
    QCOMPARE(limiter.trackedSources(), RateLimiter::MaxSources);
    // Full of active buckets: a new network is refused (fail closed)...
    QVERIFY(!limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 0));
    // ...until the buckets refill and are forgotten.
    QVERIFY(limiter.allow(QHostAddress(QStringLiteral("192.0.2.1")), 10 * Second));
    QCOMPARE(limiter.trackedSources(), 1);
}

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
