// SPDX-License-Identifier: MIT
// What a user types as a bind address or port, and what the server then really listens on.
#include "binderrortext.h"
#include "helloserver.h"
#include "protocol.h"
#include "udptestutil.h"

#include <QSignalSpy>
#include <QtTest>

class TestBindAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesBindAddresses_data();
    void parsesBindAddresses();
    void portsAreDigitsOnly_data();
    void portsAreDigitsOnly();
    void colonColonIsDualStack();
    void zeroAddressIsIPv4Only();
    void misleadingAddressesExplained_data();
    void misleadingAddressesExplained();
    void bindConflictReported();
    void malformedOrForeignAddressReported();
    void dualStackShowsPlainIPv4();
    void bindErrorsInWords_data();
    void bindErrorsInWords();
    void linkLocalWithScope();
};

void TestBindAddress::parsesBindAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");  // as the window and --help write it back
    QTest::newRow("loopback") << "127.0.0.1" << true << "127.0.0.1";
    QTest::newRow("dual stack") << "::" << true << "::";
    QTest::newRow("dual stack, spaces") << " :: " << true << "::";
    QTest::newRow("IPv4 only") << "0.0.0.0" << true << "0.0.0.0";
    QTest::newRow("IPv6 loopback") << "::1" << true << "::1";
    QTest::newRow("host name") << "localhost" << false << "";
    QTest::newRow("garbage") << "300.1.1.1" << false << "";
}

void TestBindAddress::parsesBindAddresses()
{
    QFETCH(QString, typed);
    QFETCH(bool, ok);
    QFETCH(QString, shown);
    QHostAddress address;
    QCOMPARE(Protocol::parseBindAddress(typed, &address), ok);
    if (ok)
        QCOMPARE(Protocol::addressText(address), shown);
}

void TestBindAddress::portsAreDigitsOnly_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("port");  // -1: not a port
    QTest::newRow("6000") << "6000" << 6000;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("65535") << "65535" << 65535;
    QTest::newRow("65536") << "65536" << -1;
    QTest::newRow("+80") << "+80" << -1;
    QTest::newRow("-1") << "-1" << -1;
    QTest::newRow(" 80") << " 80" << -1;
    QTest::newRow("0x50") << "0x50" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("000080") << "000080" << -1;
}

void TestBindAddress::portsAreDigitsOnly()
{
    QFETCH(QString, typed);
    QFETCH(int, port);
    quint16 parsed = 0;
    QCOMPARE(Protocol::parsePort(typed, &parsed), port >= 0);
    if (port >= 0)
        QCOMPARE(int(parsed), port);
}

// --bind :: promised every IPv4 and IPv6 interface, but Qt's "::" (AnyIPv6) is IPv6-only: IPv4
// clients got silence, and another program could take 0.0.0.0 on the same port.
void TestBindAddress::colonColonIsDualStack()
{
    QHostAddress address;
    QVERIFY(Protocol::parseBindAddress(QStringLiteral("::"), &address));
    HelloServer server;
    if (!server.listen(address, 0))
        QSKIP("no IPv6 on this host");
    QCOMPARE(Protocol::endpointText(server.address(), server.port()), QStringLiteral("[::]:%1").arg(server.port()));
    QSignalSpy spy(&server, &HelloServer::datagramsReceived);
    QUdpSocket v4;
    QVERIFY(bindClient(v4));
    v4.writeDatagram("four", QHostAddress::LocalHost, server.port());
    QCOMPARE(waitForDatagram(v4).data(), QByteArray("Hello four!\n"));
    QUdpSocket v6;
    QVERIFY(v6.bind(QHostAddress::LocalHostIPv6, 0));
    v6.writeDatagram("six", QHostAddress::LocalHostIPv6, server.port());
    QCOMPARE(waitForDatagram(v6).data(), QByteArray("Hello six!\n"));
    QTRY_COMPARE(server.counters().received, quint64(2));
    // Nobody else can take the IPv4 side of the port.
    QUdpSocket thief;
    QVERIFY(!thief.bind(QHostAddress::AnyIPv4, server.port(), QAbstractSocket::DontShareAddress));
}

void TestBindAddress::zeroAddressIsIPv4Only()
{
    QHostAddress address;
    QVERIFY(Protocol::parseBindAddress(QStringLiteral("0.0.0.0"), &address));
    HelloServer server;
    QVERIFY2(server.listen(address, 0), qPrintable(server.errorString()));
    QCOMPARE(Protocol::endpointText(server.address(), server.port()), QStringLiteral("0.0.0.0:%1").arg(server.port()));
    QUdpSocket v4;
    QVERIFY(bindClient(v4));
    v4.writeDatagram("four", QHostAddress::LocalHost, server.port());
    QCOMPARE(waitForDatagram(v4).data(), QByteArray("Hello four!\n"));
}

void TestBindAddress::misleadingAddressesExplained_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("words");
    // The system says "unsupported address family" for both: not the real problem.
    QTest::newRow("IPv4-mapped") << "::ffff:127.0.0.1" << "IPv4-mapped IPv6 address; listen on 127.0.0.1 instead";
    QTest::newRow("link-local without scope") << "fe80::1" << "link-local address, which needs its interface";
    QTest::newRow("no such interface") << "fe80::1%nosuch" << "no interface named 'nosuch'";
}

void TestBindAddress::misleadingAddressesExplained()
{
    QFETCH(QString, typed);
    QFETCH(QString, words);
    QHostAddress address;
    QVERIFY(Protocol::parseBindAddress(typed, &address));
    HelloServer server;
    QSignalSpy errors(&server, &HelloServer::errorOccurred);
    QVERIFY(!server.listen(address, 0));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("does not support")), qPrintable(message));
}

void TestBindAddress::bindConflictReported()
{
    HelloServer first;
    QVERIFY2(first.listen(QHostAddress::LocalHost, 0), qPrintable(first.errorString()));
    HelloServer second;
    QSignalSpy errors(&second, &HelloServer::errorOccurred);
    QVERIFY(!second.listen(QHostAddress::LocalHost, first.port()));
    QVERIFY(!second.isListening());
    QCOMPARE(second.error(), QAbstractSocket::AddressInUseError);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("already in use")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(first.port())), qPrintable(message));
    // The first server is unaffected.
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("Dave", QHostAddress::LocalHost, first.port());
    QCOMPARE(waitForDatagram(client).data(), QByteArray("Hello Dave!\n"));
}

void TestBindAddress::malformedOrForeignAddressReported()
{
    HelloServer server;
    QSignalSpy errors(&server, &HelloServer::errorOccurred);
    // TEST-NET-1 (RFC 5737) is never an address of this host; nothing is sent to it.
    QVERIFY(!server.listen(QHostAddress(QStringLiteral("192.0.2.1")), 0));
    QCOMPARE(server.error(), QAbstractSocket::SocketAddressNotAvailableError);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not an address of this computer")));
}

void TestBindAddress::dualStackShowsPlainIPv4()
{
    HelloServer server;
    if (!server.listen(QHostAddress::Any, 0))
        QSKIP("no dual-stack socket on this host");
    QSignalSpy spy(&server, &HelloServer::datagramsReceived);
    QUdpSocket client;
    QVERIFY(bindClient(client));
    client.writeDatagram("Erin", QHostAddress::LocalHost, server.port());
    QCOMPARE(waitForDatagram(client).data(), QByteArray("Hello Erin!\n"));
    QTRY_COMPARE(spy.size(), 1);
    const DatagramRecord record = spy.first().first().value<DatagramBatch>().first();
    QCOMPARE(record.sender.protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(Protocol::endpointText(record.sender, record.senderPort),
             QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
}

void TestBindAddress::bindErrorsInWords_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("words");
    QTest::newRow("in use") << QAbstractSocket::AddressInUseError << "already in use by another program";
    QTest::newRow("permission") << QAbstractSocket::SocketAccessError << "permission denied";
    QTest::newRow("not here") << QAbstractSocket::SocketAddressNotAvailableError
                              << "192.0.2.1 is not an address of this computer";
    QTest::newRow("family") << QAbstractSocket::UnsupportedSocketOperationError << "does not support";
    QTest::newRow("other") << QAbstractSocket::UnknownSocketError << "Cannot listen on 192.0.2.1:80.";
}

void TestBindAddress::bindErrorsInWords()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, words);
    const QString text = BindErrorText::text(error, QHostAddress(QStringLiteral("192.0.2.1")), 80,
                                                    QStringLiteral("the system's reason"));
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("192.0.2.1:80")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("(system: the system's reason)")), qPrintable(text));
}

void TestBindAddress::linkLocalWithScope()
{
    // A link-local address needs its interface (scope): the endpoint text keeps it.
    QHostAddress address;
    QVERIFY(address.setAddress(QStringLiteral("fe80::1%lo")));
    QCOMPARE(address.scopeId(), QStringLiteral("lo"));
    QCOMPARE(Protocol::endpointText(address, 6000), QStringLiteral("[fe80::1%lo]:6000"));
    QCOMPARE(Protocol::classifyHost(QStringLiteral("fe80::1%lo")), Protocol::HostKind::IPv6);
}

QTEST_GUILESS_MAIN(TestBindAddress)
#include "tst_bindaddress.moc"
