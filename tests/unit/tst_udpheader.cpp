// SPDX-License-Identifier: MIT
#include "udpheader.h"

#include <QtTest>

class TestUdpHeader : public QObject
{
    Q_OBJECT

private slots:
    void checksum_data();
    void checksum();
    void handWorked();
    void refusesMixedFamilies();
};

void TestUdpHeader::checksum_data()
{
    // Expected values from an independent implementation (Python's struct and ipaddress).
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("sourcePort");
    QTest::addColumn<int>("destinationPort");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("expected");
    QTest::newRow("v4 Alice") << "127.0.0.1" << "127.0.0.1" << 54321 << 6000 << QByteArray("Alice") << 0x0660;
    QTest::newRow("v4 empty") << "192.0.2.1" << "198.51.100.2" << 1024 << 53 << QByteArray() << 0x0f72;
    QTest::newRow("v4 odd length") << "127.0.0.1" << "127.0.0.1" << 40000 << 6000 << QByteArray("odd") << 0x7ac0;
    QTest::newRow("v4-mapped is v4") << "::ffff:127.0.0.1" << "127.0.0.1" << 54321 << 6000 << QByteArray("Alice") << 0x0660;
    QTest::newRow("v6 Alice") << "::1" << "::1" << 54321 << 6000 << QByteArray("Alice") << 0x0461;
    QTest::newRow("v6 utf8") << "2001:db8::1" << "2001:db8::2" << 5353 << 6000 << QString::fromUtf8("张三").toUtf8() << 0x38d9;
}

void TestUdpHeader::checksum()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(int, sourcePort);
    QFETCH(int, destinationPort);
    QFETCH(QByteArray, payload);
    QFETCH(int, expected);
    UdpHeader header;
    QVERIFY(UdpHeader::build(QHostAddress(source), quint16(sourcePort), QHostAddress(destination),
                             quint16(destinationPort), payload, &header));
    QCOMPARE(int(header.checksum), expected);
    QCOMPARE(int(header.length), 8 + int(payload.size()));
    const QByteArray bytes = header.bytes();
    QCOMPARE(bytes.size(), 8);
    QCOMPARE((uchar(bytes[0]) << 8) | uchar(bytes[1]), sourcePort);
    QCOMPARE((uchar(bytes[2]) << 8) | uchar(bytes[3]), destinationPort);
    QCOMPARE((uchar(bytes[6]) << 8) | uchar(bytes[7]), expected);
}

void TestUdpHeader::handWorked()
{
    // 127.0.0.1:54321 -> 127.0.0.1:6000, "Alice", summed by hand in 16-bit words:
    //   pseudo-header 7f00 0001 7f00 0001 0011 000d, header d431 1770 000d 0000,
    //   payload 416c 6963 6500 (padded)  -> sum 0x2f99d -> folded 0xf99f -> complement 0x0660
    const QByteArray expected = QByteArray::fromHex("d4311770000d0660");
    UdpHeader header;
    QVERIFY(UdpHeader::build(QHostAddress(QStringLiteral("127.0.0.1")), 54321, QHostAddress(QStringLiteral("127.0.0.1")),
                             6000, "Alice", &header));
    QCOMPARE(header.bytes(), expected);
}

void TestUdpHeader::refusesMixedFamilies()
{
    UdpHeader header;
    QVERIFY(!UdpHeader::build(QHostAddress(QStringLiteral("127.0.0.1")), 1, QHostAddress(QStringLiteral("::1")), 2,
                              "x", &header));
    QVERIFY(!UdpHeader::build(QHostAddress(QStringLiteral("127.0.0.1")), 1, QHostAddress(), 2, "x", &header));
}

QTEST_APPLESS_MAIN(TestUdpHeader)
#include "tst_udpheader.moc"
