// SPDX-License-Identifier: MIT
// ClientSocketSetup: group and broadcast options read back with getsockopt, where a datagram
// goes (unicast, group, broadcast) and who may answer it, a local port in use said and nothing sent.
#include "clientsocketsetup.h"
#include "helloclient.h"
#include "udptestutil.h"

#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>

class TestClientSocketSetup : public QObject
{
    Q_OBJECT

private slots:
    void groupOptionsApplied();
    void broadcastOptionApplied();
    void destinations();
    void localPortInUse();

private:
    static int option(QUdpSocket *socket, int level, int name);
};

void TestClientSocketSetup::groupOptionsApplied()
{
    ClientSocketSetup::Options options;
    options.ttl = 7;
    options.multicastLoopback = false;
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    // Nothing is sent: the socket is only made and read back.
    std::unique_ptr<QUdpSocket> v4(ClientSocketSetup::create(options, QHostAddress(QStringLiteral("239.255.0.1")),
                                                             nullptr, &failure, &why));
    QVERIFY2(v4, qPrintable(why));
    QCOMPARE(v4->state(), QAbstractSocket::BoundState);  // unconnected: anyone may answer
    QCOMPARE(option(v4.get(), IPPROTO_IP, IP_MULTICAST_TTL), 7);
    QCOMPARE(option(v4.get(), IPPROTO_IP, IP_MULTICAST_LOOP), 0);
    options.ttl = Defaults::MulticastTtl.defaultValue;
    options.multicastLoopback = true;
    std::unique_ptr<QUdpSocket> v6(ClientSocketSetup::create(options, QHostAddress(QStringLiteral("ff12::2115")),
                                                             nullptr, &failure, &why));
    if (!v6)
        QSKIP("no IPv6 here");
    QCOMPARE(v6->localAddress().protocol(), QAbstractSocket::IPv6Protocol);
    QCOMPARE(option(v6.get(), IPPROTO_IPV6, IPV6_MULTICAST_HOPS), 1);
    QCOMPARE(option(v6.get(), IPPROTO_IPV6, IPV6_MULTICAST_LOOP), 1);
    // An interface that is not there: a sentence, no socket.
    options.interfaceName = QStringLiteral("nosuch0");
    QVERIFY(!ClientSocketSetup::create(options, QHostAddress(QStringLiteral("239.255.0.1")), nullptr, &failure, &why));
    QVERIFY2(why.contains(QStringLiteral("no network interface named nosuch0")) && why.endsWith(QStringLiteral("Nothing was sent.")),
             qPrintable(why));
}

void TestClientSocketSetup::broadcastOptionApplied()
{
    ClientSocketSetup::Options options;
    ClientSocketSetup::Failure failure = ClientSocketSetup::Failure::None;
    QString why;
    std::unique_ptr<QUdpSocket> socket(ClientSocketSetup::create(options, QHostAddress(QHostAddress::Broadcast),
                                                                 nullptr, &failure, &why));
    QVERIFY2(socket, qPrintable(why));
    QCOMPARE(option(socket.get(), SOL_SOCKET, SO_BROADCAST), 1);
    // A unicast server on a connected socket needs none of it: the caller connects it.
    std::unique_ptr<QUdpSocket> plain(ClientSocketSetup::create(options, QHostAddress::LocalHost, nullptr, &failure, &why));
    QVERIFY(plain);
    QCOMPARE(plain->state(), QAbstractSocket::UnconnectedState);
}

void TestClientSocketSetup::destinations()
{
    using D = ClientSocketSetup::Destination;
    QCOMPARE(ClientSocketSetup::destinationOf(QHostAddress(QStringLiteral("239.255.0.1"))), D::Multicast);
    QCOMPARE(ClientSocketSetup::destinationOf(QHostAddress(QStringLiteral("ff12::2115"))), D::Multicast);
    QCOMPARE(ClientSocketSetup::destinationOf(QHostAddress(QStringLiteral("255.255.255.255"))), D::Broadcast);
    QCOMPARE(ClientSocketSetup::destinationOf(QHostAddress(QStringLiteral("127.0.0.1"))), D::Unicast);
    ClientSocketSetup::Options options;
    QVERIFY(!ClientSocketSetup::anyoneMayAnswer(options, QHostAddress::LocalHost));
    QVERIFY(ClientSocketSetup::anyoneMayAnswer(options, QHostAddress(QStringLiteral("239.255.0.1"))));
    options.anySender = true;
    QVERIFY(ClientSocketSetup::anyoneMayAnswer(options, QHostAddress::LocalHost));
}

void TestClientSocketSetup::localPortInUse()
{
    QUdpSocket holder, server;
    QVERIFY(bindClient(holder));
    QVERIFY(bindClient(server));
    for (const bool any : {false, true}) {
        HelloClient client;
        client.setAnySender(any);
        client.setLocalEndpoint(QHostAddress::LocalHost, holder.localPort());
        QSignalSpy errors(&client, &HelloClient::errorOccurred);
        client.setServer(QStringLiteral("127.0.0.1"), server.localPort());
        QCOMPARE(client.send("x"), 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<HelloClient::Error>(), HelloClient::Error::LocalPortInUse);
        QVERIFY(errors.at(0).at(1).toString().contains(QStringLiteral("in use by another program")));
        QCOMPARE(client.stats().sent, 0);
    }
    QVERIFY(!server.hasPendingDatagrams());
}

int TestClientSocketSetup::option(QUdpSocket *socket, int level, int name)
{
    int value = -1;
    socklen_t size = sizeof value;
    if (::getsockopt(int(socket->socketDescriptor()), level, name, &value, &size) != 0)
        return -2;
    // IP_MULTICAST_TTL and IP_MULTICAST_LOOP may be one byte on some systems.
    return size == 1 ? int(*reinterpret_cast<unsigned char *>(&value)) : value;
}

QTEST_GUILESS_MAIN(TestClientSocketSetup)
#include "tst_clientsocketsetup.moc"
