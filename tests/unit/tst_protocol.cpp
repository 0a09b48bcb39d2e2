// SPDX-License-Identifier: MIT
#include "protocol.h"

#include <QtTest>

Q_DECLARE_METATYPE(Protocol::HostKind)

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void reply_data();
    void reply();
    void limits();
    void parseHello_data();
    void parseHello();
    void endpoints_data();
    void endpoints();
    void classifyHost_data();
    void classifyHost();
};

void TestProtocol::reply_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QByteArray>("expected");

    const auto hello = [](const QByteArray &name) { return "Hello " + name + "!\n"; };
    QTest::newRow("name") << QByteArray("Alice") << QByteArray("Hello Alice!\n");
    QTest::newRow("exit") << QByteArray("exit") << QByteArray("Good bye!\n");
    QTest::newRow("empty") << QByteArray() << QByteArray("Hello !\n");
    QTest::newRow("exit-newline") << QByteArray("exit\n") << QByteArray("Hello exit\n!\n");
    QTest::newRow("EXIT") << QByteArray("EXIT") << QByteArray("Hello EXIT!\n");
    QTest::newRow("space-exit") << QByteArray(" exit") << QByteArray("Hello  exit!\n");
    QTest::newRow("exit-space") << QByteArray("exit ") << QByteArray("Hello exit !\n");
    QTest::newRow("exi") << QByteArray("exi") << QByteArray("Hello exi!\n");
    QTest::newRow("exit-nul") << QByteArray("exit\0", 5) << QByteArray("Hello exit\0!\n", 13);
    QTest::newRow("utf8") << QString::fromUtf8("张三").toUtf8() << hello(QString::fromUtf8("张三").toUtf8());
    QTest::newRow("invalid-utf8") << QByteArray("\xff\xfe\xc0\x80") << QByteArray("Hello \xff\xfe\xc0\x80!\n");
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QTest::newRow("binary-all-bytes") << binary << hello(binary);
    QTest::newRow("ansi-escape") << QByteArray("\x1b[2J\x1b[31mred") << hello("\x1b[2J\x1b[31mred");
    const QByteArray k1024(1024, 'a');
    const QByteArray k1025(1025, 'b');
    const QByteArray max(Protocol::MaxNameSize, 'c');
    QTest::newRow("1024-bytes") << k1024 << hello(k1024);
    QTest::newRow("1025-bytes") << k1025 << hello(k1025);
    QTest::newRow("65499-bytes") << max << hello(max);
}

void TestProtocol::reply()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QByteArray, expected);
    const QByteArray actual = Protocol::replyTo(datagram);
    QCOMPARE(actual, expected);
    QCOMPARE(Protocol::replySize(datagram), expected.size());
    QCOMPARE(Protocol::isExit(datagram), expected == "Good bye!\n");
    QCOMPARE(Protocol::replyKind(datagram) == Protocol::Reply::GoodBye, expected == "Good bye!\n");
}

void TestProtocol::limits()
{
    QCOMPARE(Protocol::MaxDatagramSize, 65507);
    QCOMPARE(Protocol::MaxNameSize, 65499);
    QVERIFY(Protocol::replyFits(QByteArray(65499, 'x')));
    QVERIFY(!Protocol::replyFits(QByteArray(65500, 'x')));
    QCOMPARE(Protocol::replyTo(QByteArray(65499, 'x')).size(), 65507);
    QVERIFY(Protocol::replyFits("exit"));
}

void TestProtocol::parseHello_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("isHello");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("hello") << QByteArray("Hello Alice!\n") << true << QByteArray("Alice");
    QTest::newRow("empty-name") << QByteArray("Hello !\n") << true << QByteArray();
    QTest::newRow("name-with-bang") << QByteArray("Hello a!\n!\n") << true << QByteArray("a!\n");
    QTest::newRow("no-newline") << QByteArray("Hello Alice!") << false << QByteArray();
    QTest::newRow("too-short") << QByteArray("Hello!\n") << false << QByteArray();
    QTest::newRow("goodbye") << QByteArray("Good bye!\n") << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
}

void TestProtocol::parseHello()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, isHello);
    QFETCH(QByteArray, name);
    QByteArray parsed;
    QCOMPARE(Protocol::parseHello(reply, &parsed), isHello);
    if (isHello) {
        QCOMPARE(parsed, name);
        QCOMPARE(Protocol::replyTo(parsed), reply);
    }
    QCOMPARE(Protocol::isGoodBye(reply), reply == "Good bye!\n");
}

void TestProtocol::endpoints_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("text");
    QTest::newRow("ipv4") << QHostAddress(QStringLiteral("127.0.0.1")) << QStringLiteral("127.0.0.1:6000");
    QTest::newRow("v4-mapped") << QHostAddress(QStringLiteral("::ffff:127.0.0.1")) << QStringLiteral("127.0.0.1:6000");
    QTest::newRow("ipv6") << QHostAddress(QStringLiteral("::1")) << QStringLiteral("[::1]:6000");
    QTest::newRow("link-local") << QHostAddress(QStringLiteral("fe80::1%lo")) << QStringLiteral("[fe80::1%lo]:6000");
}

void TestProtocol::endpoints()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, text);
    QCOMPARE(Protocol::endpointText(address, 6000), text);
    QVERIFY(Protocol::plainAddress(address).protocol() == (text.startsWith(QLatin1Char('['))
            ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol));
}

void TestProtocol::classifyHost_data()
{
    using K = Protocol::HostKind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<K>("kind");
    QTest::newRow("ipv4") << "127.0.0.1" << K::IPv4;
    QTest::newRow("ipv4-spaces") << "  127.0.0.1 " << K::IPv4;
    QTest::newRow("ipv6") << "::1" << K::IPv6;
    QTest::newRow("ipv6-brackets") << "[::1]" << K::IPv6;
    QTest::newRow("ipv6-scope") << "fe80::1%lo" << K::IPv6;
    QTest::newRow("localhost") << "localhost" << K::HostName;
    QTest::newRow("fqdn") << "udp.example.org." << K::HostName;
    QTest::newRow("idn") << QString::fromUtf8("bücher.example") << K::HostName;
    QTest::newRow("empty") << "   " << K::Empty;
    QTest::newRow("octet-too-big") << "300.1.1.1" << K::BadIPv4;
    QTest::newRow("five-parts") << "1.2.3.4.5" << K::BadIPv4;
    QTest::newRow("trailing-dots") << "1..2" << K::BadIPv4;
    QTest::newRow("bad-ipv6") << "::g" << K::BadIPv6;
    QTest::newRow("two-double-colons") << "1::2::3" << K::BadIPv6;
    QTest::newRow("host-with-port") << "localhost:6000" << K::BadIPv6;
    QTest::newRow("underscore") << "bad_name" << K::BadHostName;
    QTest::newRow("space-inside") << "my host" << K::BadHostName;
    QTest::newRow("leading-dash") << "-host" << K::BadHostName;
    QTest::newRow("long-label") << QString(64, QLatin1Char('a')) << K::BadHostName;
    QTest::newRow("empty-label") << "a..b" << K::BadHostName;
}

void TestProtocol::classifyHost()
{
    QFETCH(QString, text);
    QFETCH(Protocol::HostKind, kind);
    QHostAddress address;
    QCOMPARE(Protocol::classifyHost(text, &address), kind);
    QCOMPARE(address.isNull(), kind != Protocol::HostKind::IPv4 && kind != Protocol::HostKind::IPv6);
}

QTEST_APPLESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
