// SPDX-License-Identifier: MIT
// ServerLookup, the one way HelloClient and TrafficRun find their server: an address at once, a
// name without blocking with IPv4 first, a name that never resolves said, a malformed host refused
// with nothing emitted, and the server as said before it is connected.
#include "serverlookup.h"

#include <QSignalSpy>
#include <QtTest>

class TestServerLookup : public QObject
{
    Q_OBJECT

private slots:
    void addressFoundAtOnce_data();
    void addressFoundAtOnce();
    void malformedRefused();
    void nameLookedUpLater();
    void ipv4Preferred_data();
    void ipv4Preferred();
    void unknownNameNotFound();
    void abortedLookupSaysNothing();
    void endpoint_data();
    void endpoint();
};

void TestServerLookup::addressFoundAtOnce_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::newRow("ipv4") << "127.0.0.1" << "127.0.0.1";
    QTest::newRow("ipv6") << "::1" << "::1";
    QTest::newRow("ipv6 in brackets") << "[::1]" << "::1";
}

void TestServerLookup::addressFoundAtOnce()
{
    QFETCH(QString, host);
    QFETCH(QString, address);
    ServerLookup lookup;
    QSignalSpy found(&lookup, &ServerLookup::found);
    QVERIFY(ServerLookup::usable(host));
    QVERIFY(lookup.start(host));
    QCOMPARE(found.size(), 1);  // from inside start(): no event loop needed
    QCOMPARE(found.at(0).at(0).value<QHostAddress>(), QHostAddress(address));
}

void TestServerLookup::malformedRefused()
{
    ServerLookup lookup;
    QSignalSpy found(&lookup, &ServerLookup::found);
    QSignalSpy notFound(&lookup, &ServerLookup::notFound);
    for (const QString &host : {QStringLiteral("300.1.1.1"), QStringLiteral("::g"), QStringLiteral("no_such host"), QString()}) {
        QVERIFY2(!ServerLookup::usable(host), qPrintable(host));
        QVERIFY2(!lookup.start(host), qPrintable(host));
    }
    QTest::qWait(0);
    QCOMPARE(found.size(), 0);
    QCOMPARE(notFound.size(), 0);
}

void TestServerLookup::nameLookedUpLater()
{
    ServerLookup lookup;
    QSignalSpy found(&lookup, &ServerLookup::found);
    QSignalSpy notFound(&lookup, &ServerLookup::notFound);
    QVERIFY(lookup.start(QStringLiteral("localhost")));
    QCOMPARE(found.size(), 0);  // not from inside start(): the resolver never blocks the caller
    QTRY_COMPARE_WITH_TIMEOUT(found.size() + notFound.size(), 1, 15000);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.at(0).at(0).value<QHostAddress>().isLoopback());
}

void TestServerLookup::ipv4Preferred_data()
{
    QTest::addColumn<QList<QHostAddress>>("addresses");
    QTest::addColumn<QHostAddress>("used");
    const QHostAddress v6(QStringLiteral("::1")), v4(QStringLiteral("127.0.0.1")), other(QStringLiteral("10.0.0.1"));
    QTest::newRow("ipv6 first") << QList<QHostAddress>{v6, v4} << v4;
    QTest::newRow("ipv4 first") << QList<QHostAddress>{v4, v6} << v4;
    QTest::newRow("two ipv4") << QList<QHostAddress>{other, v6, v4} << other;
    QTest::newRow("ipv6 only") << QList<QHostAddress>{v6} << v6;
}

void TestServerLookup::ipv4Preferred()
{
    QFETCH(QList<QHostAddress>, addresses);
    QFETCH(QHostAddress, used);
    QCOMPARE(ServerLookup::preferred(addresses), used);
}

void TestServerLookup::unknownNameNotFound()
{
    ServerLookup lookup;
    QSignalSpy found(&lookup, &ServerLookup::found);
    QSignalSpy notFound(&lookup, &ServerLookup::notFound);
    // .invalid never resolves (RFC 2606).
    QVERIFY(lookup.start(QStringLiteral("no-such-host.invalid")));
    QTRY_COMPARE_WITH_TIMEOUT(notFound.size(), 1, 15000);
    QCOMPARE(found.size(), 0);
}

void TestServerLookup::abortedLookupSaysNothing()
{
    ServerLookup lookup;
    QSignalSpy found(&lookup, &ServerLookup::found);
    QSignalSpy notFound(&lookup, &ServerLookup::notFound);
    QVERIFY(lookup.start(QStringLiteral("no-such-host.invalid")));
    lookup.abort();
    // A second lookup answers; the first, aborted, never does.
    QVERIFY(lookup.start(QStringLiteral("localhost")));
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 15000);
    QTest::qWait(50);
    QCOMPARE(notFound.size(), 0);
    QCOMPARE(found.size(), 1);
}

void TestServerLookup::endpoint_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("said");
    QTest::newRow("ipv4") << "127.0.0.1" << "127.0.0.1:6000";
    QTest::newRow("ipv6") << "::1" << "[::1]:6000";
    QTest::newRow("ipv6 in brackets") << "[::1]" << "[::1]:6000";
    QTest::newRow("mapped ipv4") << "::ffff:127.0.0.1" << "127.0.0.1:6000";
    QTest::newRow("name") << "localhost" << "localhost:6000";
    QTest::newRow("malformed") << "300.1.1.1" << "300.1.1.1:6000";
}

void TestServerLookup::endpoint()
{
    QFETCH(QString, host);
    QFETCH(QString, said);
    QCOMPARE(ServerLookup::endpoint(host, 6000), said);
}

QTEST_GUILESS_MAIN(TestServerLookup)
#include "tst_serverlookup.moc"
